with builtins;
[
  (parseDrvName "hello-2.10")
  (parseDrvName "nix-0.12pre12876")
  (parseDrvName "a-b-c-1.0-rc1")
  (parseDrvName "noversion")
  (parseDrvName "name-with-dash")
  (parseDrvName "")
  (parseDrvName "-1.0")
]

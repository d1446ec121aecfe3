with builtins;
[
  (hashString "md5" "")
  (hashString "sha1" "")
  (hashString "sha256" "hello")
  (hashString "sha512" "hello")
]

[
  <search>
  <search/sub/file.nix>
  (import <search/sub/file.nix>)
  (builtins.typeOf <search>)
]

with builtins;
let
  refs = [
    "github:NixOS/nixpkgs/23.05?dir=lib"
    "github:NixOS/nixpkgs/0123456789abcdef0123456789abcdef01234567"
    "gitlab:owner/repo?host=git.example.org"
    "nixpkgs"
    "nixpkgs/nixos-24.05"
    "flake:nixpkgs"
    "path:/some/dir"
    "/some/dir?dir=sub"
    "git+https://example.org/repo.git?ref=main&rev=0123456789abcdef0123456789abcdef01234567"
    "git+file:///home/me/repo"
    "https://example.org/archive.tar.gz"
    "tarball+https://example.org/archive"
    "file+https://example.org/file.txt"
    "hg+https://example.org/repo"
  ];
in
map (r: let a = parseFlakeRef r; in { inherit r a; back = flakeRefToString a; }) refs

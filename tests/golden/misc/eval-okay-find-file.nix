with builtins;
let
  sp = [
    { prefix = "nope"; path = toString ./data/sub; }
    { prefix = "data"; path = toString ./data; }
    { path = toString ./data/sub; }
  ];
in
{
  # a prefix matches whole path components only
  viaPrefix = findFile sp "data/hello.txt" == ./data/hello.txt;
  viaEmptyPrefix = findFile sp "inner.txt" == ./data/sub/inner.txt;
  prefixAlone = findFile sp "data" == ./data;
  # the result has its symlinks resolved
  resolved = findFile sp "data/link-to-sub/inner.txt" == ./data/sub/inner.txt;
  # <nix/...> falls back to the files built into Nix, at a virtual path
  corepkgs = findFile [ ] "nix/fetchurl.nix";
  fetchurlIsFunction = isFunction (import (findFile [ ] "nix/fetchurl.nix"));
  # `<x>` is `__findFile __nixPath "x"`, with whatever __nixPath is in scope
  angle =
    let
      __nixPath = [ { prefix = "d"; path = toString ./data/sub; } ];
    in
    import <d/found.nix>;
  notFound = (tryEval (findFile sp "data/none")).success;
}

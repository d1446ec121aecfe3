# fetchers are only called when their result is needed; their names follow Nix
# (fetchTarball, fetchGit, fetchMercurial and fetchTree are also global)
let
  unused = builtins.fetchurl "https://example.com/x";
in
{
  globals = map (n: builtins.hasAttr n builtins) [ "fetchurl" "fetchTarball" "fetchGit" "fetchTree" "fetchMercurial" "fetchClosure" "getFlake" ];
  types = map builtins.typeOf [ fetchTarball fetchGit fetchMercurial fetchTree ];
}

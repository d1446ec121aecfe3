# Version and name handling as nixpkgs does it when it scans package sets:
# parseDrvName, splitVersion, compareVersions (sorting releases), regular
# expressions with builtins.match and builtins.split (lib.versions, update scripts).
let
  inherit (builtins) compareVersions concatStringsSep elemAt filter foldl' genList
    head isList length match parseDrvName sort split splitVersion toString;

  mod = a: b: a - b * (a / b);
  suffixes = [ "" "" "" "pre" "rc1" "-beta" "alpha2" "" "post3" "" ];
  names = genList
    (i:
      let
        v = "${toString (mod i 13)}.${toString (mod (i * 7) 31)}.${toString (mod (i * 3) 11)}${elemAt suffixes (mod i 10)}";
      in
      "python3.${toString (mod i 4 + 9)}-pkg${toString (mod i 500)}-${v}")
    20000;

  parsed = map parseDrvName names;
  versions = map (p: p.version) parsed;

  # lib.versions
  major = v: elemAt (splitVersion v) 0;
  minor = v: elemAt (splitVersion v) 1;
  majorMinor = v: concatStringsSep "." [ (major v) (minor v) ];

  # A regular expression in the style of update scripts: split a version into its
  # numeric part and its pre-release tag.
  parts = v: match "([0-9]+)\\.([0-9]+)\\.([0-9]+)-?([a-z]*)([0-9]*)" v;
  prerelease = filter (v: (elemAt (parts v) 3) != "" && (elemAt (parts v) 3) != "post") versions;

  # builtins.split on separators, as lib.splitString does.
  words = s: filter (x: !isList x) (split "[-.]" s);
  wordCount = foldl' (acc: n: acc + length (words n)) 0 names;

  sorted = sort (a: b: compareVersions a b < 0) versions;
  newestPerMajor = foldl'
    (acc: v: acc // { ${major v} = if acc ? ${major v} && compareVersions acc.${major v} v >= 0 then acc.${major v} else v; })
    { }
    versions;
in
{
  names = length (filter (p: p.name == "python3.11-pkg42") parsed);
  oldest = head sorted;
  newest = elemAt sorted (length sorted - 1);
  prerelease = length prerelease;
  majorMinor = majorMinor (elemAt versions 12345);
  inherit wordCount;
  newest7 = newestPerMajor."7";
}

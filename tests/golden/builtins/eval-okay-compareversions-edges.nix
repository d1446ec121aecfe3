# compareVersions: numeric components compare as numbers (leading zeros allowed),
# components too large for Nix's int compare as strings, "pre" sorts first.
with builtins;
map (p: compareVersions (elemAt p 0) (elemAt p 1)) [
  [ "1.0" "1.0" ]
  [ "1.2" "1.10" ]
  [ "1.002" "1.2" ]
  [ "1.0pre1" "1.0" ]
  [ "1.0" "1.0pre1" ]
  [ "2147483647" "2147483648" ]
  [ "2147483648" "2147483649" ]
  [ "99999999999" "1" ]
  [ "1.a" "1.1" ]
  [ "1.0a" "1.0b" ]
  [ "" "0" ]
  [ "1.0-rc1" "1.0" ]
]

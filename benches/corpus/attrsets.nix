# Big attribute sets and lookups: a package index built with listToAttrs, looked up
# by dynamic names, with `or` defaults, `?`, attrByPath-style nested paths, and the
# lib.attrsets helpers (filterAttrs, mapAttrs', genAttrs, recursiveUpdate).
let
  inherit (builtins) attrNames attrValues foldl' genList hasAttr head length
    listToAttrs mapAttrs removeAttrs intersectAttrs stringLength tail filter elemAt;

  nameValuePair = name: value: { inherit name value; };
  genAttrs = names: f: listToAttrs (map (n: nameValuePair n (f n)) names);
  filterAttrs = pred: set:
    listToAttrs (builtins.concatMap (name: let v = set.${name}; in if pred name v then [ (nameValuePair name v) ] else [ ]) (attrNames set));
  mapAttrs' = f: set: listToAttrs (map (attr: f attr set.${attr}) (attrNames set));
  attrByPath = attrPath: default: e:
    let
      lenAttrPath = length attrPath;
      attrByPath' = n: s:
        if n == lenAttrPath then s
        else
          let attr = elemAt attrPath n; in
          if s ? ${attr} then attrByPath' (n + 1) s.${attr} else default;
    in attrByPath' 0 e;
  recursiveUpdateUntil = pred: lhs: rhs:
    let
      f = attrPath:
        builtins.zipAttrsWith (n: values:
          let here = attrPath ++ [ n ]; in
          if length values == 1 || pred here (elemAt values 1) (head values)
          then head values
          else f here values);
    in f [ ] [ rhs lhs ];
  recursiveUpdate = recursiveUpdateUntil (path: lhs: rhs: !(builtins.isAttrs lhs && builtins.isAttrs rhs));

  n = 20000;
  names = genList (i: "pkg-${toString i}") n;

  index = genAttrs names (name: {
    pname = name;
    version = "1.${toString (stringLength name)}.0";
    meta = { broken = stringLength name == 8; license = { free = true; shortName = "mit"; }; };
  });

  # Every name looked up several ways.
  versionChars = foldl' (acc: name: acc + stringLength index.${name}.version) 0 names;
  present = length (filter (name: index ? ${name}) (map (i: "pkg-${toString (i * 3)}") (genList (i: i) n)));
  defaults = foldl' (acc: i: acc + (index."pkg-${toString (i * 7)}".meta.priority or 5)) 0 (genList (i: i) n);
  nested = foldl' (acc: name:
    acc + (if attrByPath [ name "meta" "license" "free" ] false index then 1 else 0)) 0 names;

  broken = filterAttrs (name: pkg: pkg.meta.broken) index;
  renamed = mapAttrs' (name: pkg: nameValuePair "${name}-renamed" pkg.version) broken;
  overridden = recursiveUpdate index (mapAttrs (name: pkg: { meta.broken = false; }) broken);
  stillBroken = length (filter (pkg: pkg.meta.broken) (attrValues overridden));
  kept = attrNames (removeAttrs index (genList (i: "pkg-${toString (i * 2)}") (n / 2)));
  common = attrNames (intersectAttrs broken index);
in
{
  inherit versionChars present defaults nested stillBroken;
  broken = length (attrNames broken);
  renamed = head (attrNames renamed);
  kept = length kept;
  common = length common;
  firstKept = head kept;
}

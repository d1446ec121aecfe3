# map/filter pipelines over lists of records, the way nixpkgs walks package lists:
# range, concatMap, filter, partition, groupBy, any/all, elem and friends.
let
  inherit (builtins) all any attrNames concatMap elem elemAt filter foldl' genList
    groupBy head length map partition stringLength toString;

  range = first: last: if first > last then [ ] else genList (n: first + n) (last - first + 1);
  mod = a: b: a - b * (a / b);
  sum = foldl' (a: b: a + b) 0;
  optional = cond: x: if cond then [ x ] else [ ];
  optionals = cond: xs: if cond then xs else [ ];
  take = count: list: genList (n: elemAt list n) (if count < length list then count else length list);

  platforms = [ "x86_64-linux" "aarch64-linux" "x86_64-darwin" "aarch64-darwin" "i686-linux" ];

  packages = map
    (i: {
      pname = "pkg${toString i}";
      version = "${toString (mod i 5)}.${toString (mod i 13)}";
      size = mod (i * 7919) 10007;
      platforms = take (1 + mod i 5) platforms;
      deps = filter (d: d >= 0) [ (i - 1) (i / 2) (i - 10) ];
      license = if mod i 11 == 0 then "unfree" else "mit";
    })
    (range 0 30000);

  supported = system: filter (p: elem system p.platforms) packages;
  free = filter (p: p.license != "unfree") packages;
  big = filter (p: p.size > 5000) free;
  depCounts = map (p: length p.deps) big;
  allDeps = concatMap (p: p.deps ++ optional (p.size > 9000) 0 ++ optionals (p.license == "mit") [ 1 ]) packages;
  split = partition (p: mod p.size 2 == 0) packages;
  byMajor = groupBy (p: head (builtins.splitVersion p.version)) packages;
  names = map (p: p.pname) (filter (p: stringLength p.pname == 7) packages);
in
{
  linux = length (supported "x86_64-linux");
  darwin = length (supported "aarch64-darwin");
  big = length big;
  deps = sum depCounts;
  allDeps = length allDeps;
  even = length split.right;
  odd = length split.wrong;
  majors = attrNames byMajor;
  major3 = length byMajor."3";
  names = length names;
  anyHuge = any (p: p.size > 10006) packages;
  allSmall = all (p: p.size < 10007) packages;
}

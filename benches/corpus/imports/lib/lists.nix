{ trivial }:
rec {
  foldr = op: nul: list:
    let len = builtins.length list;
        fold' = n: if n == len then nul else op (builtins.elemAt list n) (fold' (n + 1));
    in fold' 0;
  concatMap = builtins.concatMap;
  unique = list: builtins.attrNames (builtins.listToAttrs (map (name: { inherit name; value = null; }) list));
  sum = builtins.foldl' (a: b: a + b) 0;
  maxList = builtins.foldl' trivial.max 0;
  range = first: last: if first > last then [ ] else builtins.genList (n: first + n) (last - first + 1);
}

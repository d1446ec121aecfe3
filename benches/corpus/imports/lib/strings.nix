{ lists, trivial }:
rec {
  concatStringsSep = builtins.concatStringsSep;
  concatMapStringsSep = sep: f: list: concatStringsSep sep (map f list);
  optionalString = cond: s: if cond then s else "";
  versionAtLeast = v1: v2: builtins.compareVersions v1 v2 >= 0;
  getName = drv: (builtins.parseDrvName drv.name).name;
}

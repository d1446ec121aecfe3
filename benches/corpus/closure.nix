# A Hydra/CI-style sweep over a package graph: builtins.genericClosure computes the
# run-time closure of each package, meta checks throw for broken or unfree packages
# (`assert` / `throw`), and builtins.tryEval filters out the ones that fail, as
# release.nix-style jobsets do.
let
  inherit (builtins) attrNames concatMap elemAt filter foldl' genList genericClosure
    length listToAttrs throw toString tryEval deepSeq;

  mod = a: b: a - b * (a / b);
  n = 3000;
  name = i: "p${toString i}";

  checkMeta = pkg:
    if pkg.meta.broken then throw "Package ‘${pkg.name}’ is marked as broken, refusing to evaluate."
    else if !pkg.meta.license.free && !pkg.allowUnfree then throw "Package ‘${pkg.name}’ has an unfree license, refusing to evaluate."
    else pkg;

  pkgs = listToAttrs (genList (i: {
    name = name i;
    value = checkMeta {
      name = name i;
      allowUnfree = mod i 10 == 0;
      meta = {
        broken = i > 2000 && mod i 401 == 5;
        license.free = i < 1000 || mod i 307 != 1;
      };
      deps = map (j: name j) (filter (j: j >= 0 && j != i) [ (i / 2) (i / 3) (i - 17) (i - 1000) ]);
    };
  }) n);

  # Closure over a package's dependencies; broken dependencies make it fail too.
  closureOf = pkgName: genericClosure {
    startSet = [ { key = pkgName; } ];
    operator = item: map (d: { key = d; }) pkgs.${item.key}.deps;
  };

  jobs = map
    (i:
      let r = tryEval (let c = closureOf (name i); in deepSeq (map (x: pkgs.${x.key}.name) c) (length c));
      in { ok = r.success; size = if r.success then r.value else 0; })
    (genList (i: i * 4) (n / 4));

  succeeded = filter (j: j.ok) jobs;
in
{
  jobs = length jobs;
  succeeded = length succeeded;
  failed = length jobs - length succeeded;
  biggest = foldl' (m: j: if j.size > m then j.size else m) 0 succeeded;
  total = foldl' (s: j: s + j.size) 0 succeeded;
  lastOk = (tryEval pkgs.p2999.name).value;
  broken = (tryEval pkgs.p2410.name).success;
}

# A derivation's `drvPath` in another derivation's environment brings the whole
# closure of that `.drv` in as inputs (all outputs of every derivation in it). In
# read-only mode nothing is written to a store, so the evaluator reads back the
# `.drv` texts it kept. Expected values: nix-instantiate 2.8 with a real store.
let
  a = derivation { name = "a"; system = "x86_64-linux"; builder = "/bin/sh"; outputs = [ "out" "dev" ]; };
  b = derivation { name = "b"; system = "x86_64-linux"; builder = "/bin/sh"; dep = a.drvPath; };
  c = derivation { name = "c"; system = "x86_64-linux"; builder = "/bin/sh"; dep = b.drvPath; x = "${a.dev}"; };
in [ b.drvPath c.drvPath c.outPath ]

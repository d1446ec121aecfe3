# Functions of rec sets are inlined where called by name inside the set, but not
# in a set with __overrides (which replaces what the names mean); // on the
# result does not change what the set's own references mean.
let
  lib = rec {
    add1 = x: x + 1;
    twice = x: add1 (add1 x);
    optionalString = cond: s: if cond then s else "";
    greeting = "hi" + optionalString true "!";
    fact = n: if n == 0 then 1 else n * fact (n - 1);
  };
  over = rec {
    f = x: x + 1;
    g = f 2;
    __overrides = { f = x: x * 10; };
  };
  legacy = let { h = x: [ x ]; body = h 1; };
in [ (lib.twice 1) lib.greeting (lib.fact 5) over.g legacy ((lib // { add1 = x: 0; }).twice 3) ]

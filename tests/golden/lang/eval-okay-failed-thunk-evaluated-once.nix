# A thunk whose evaluation failed keeps its error (C++ Nix 2.34 and later): forcing
# it again, here under a second `tryEval`, raises that error without evaluating it
# again, so the trace is printed once. An apply thunk of `map` likewise.
let
  x = builtins.trace "evaluating x" (throw "x failed");
  ys = map (n: builtins.trace "evaluating element ${toString n}" (throw "no")) [ 1 ];
  y = builtins.head ys;
in
[
  (builtins.tryEval x).success
  (builtins.tryEval x).success
  (builtins.tryEval y).success
  (builtins.tryEval y).success
]

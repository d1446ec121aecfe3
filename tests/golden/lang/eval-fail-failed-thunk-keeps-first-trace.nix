# The error a failed thunk raises again is the one its first failure ended with,
# frames included: `inner` first failed under the context "first use", which the
# error forcing it from `second` still shows (after "second use", added now).
let
  inner = throw "inner failed";
  first = builtins.addErrorContext "first use" inner;
  second = builtins.addErrorContext "second use" inner;
in
builtins.seq (builtins.tryEval first) second

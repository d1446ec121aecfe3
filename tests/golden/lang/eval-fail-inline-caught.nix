# A failure caught inside an inlined call leaves no frame of it behind: the later
# error has only its own trace frames.
let
  inherit (builtins) tryEval;
  firstOr = d: l: if l == [ ] then d else builtins.head l;
  safe = x: (tryEval (firstOr (throw "caught") x)).success;
  step = x: if safe x then x else throw "no element";
in
[ (step [ 1 ]) (step [ ]) ]

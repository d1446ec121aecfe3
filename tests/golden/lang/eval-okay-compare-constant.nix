# Comparisons with a constant on the right (compiled to one instruction, which
# also takes the jump of an `if` at once): every kind of left operand.
let
  lazy = { s = "option"; i = 3; f = 1.0; n = null; b = true; p = ./.; l = [ 1 ]; a = { }; fn = x: x; };
  t = builtins.typeOf;
  cond = x: if x == "option" then "yes" else "no";
  ncond = x: if x != "option" then "yes" else "no";
  ints = map (x: if x == 3 then "three" else if x != 0 then "other" else "zero") [ 3 0 7 3.0 "3" ];
in
{
  strings = [ (lazy.s == "option") (lazy.s != "option") (lazy.s == "options") (lazy.s == "") ("" == "") ];
  # a string with a context equals its characters
  context = "${builtins.toFile "f" "x"}" == builtins.unsafeDiscardStringContext "${builtins.toFile "f" "x"}";
  numbers = [ (lazy.i == 3) (lazy.i != 3) (lazy.f == 1) (lazy.i == 3.0) (lazy.f != 1) (1 == 1.0) ];
  scalars = [ (lazy.n == null) (lazy.b == true) (lazy.b == false) (lazy.n == "") (lazy.b == 1) ];
  # other types never equal a scalar
  others = [ (lazy.l == 1) (lazy.a == "x") (lazy.fn == null) (lazy.p == "/") (lazy.a != "x") ];
  conds = map cond [ "option" "other" 1 null { } ];
  nconds = map ncond [ "option" "other" [ ] ];
  inherit ints;
  # the left operand is an `if` whose branches both end where the comparison is
  joined = map (c: (if c then "a" else "b") == "a") [ true false ];
  # as an argument, not a condition: the result is a value
  values = map (x: x == "option") [ "option" "x" ];
  types = map (x: t x == "set") [ { } [ ] ];
  # nested in boolean operators and negation
  logic = [ (lazy.s == "option" && lazy.i == 3) (lazy.s == "x" || lazy.i != 3) (!(lazy.s == "option")) ];
  # an error in the left operand is the left operand's
  caught = builtins.tryEval ((throw "left") == "x");
}

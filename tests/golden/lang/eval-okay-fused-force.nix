# A variable forced where it is read (an operand, a callee) is one instruction;
# when a branch of an `if` ends in such a variable and the `if` is itself forced,
# the other branch still jumps to the force. Every branch is taken both ways, with
# evaluated and unevaluated values, and the arithmetic fast paths see non-integers.
let
  lazyA = 1 + 1;
  lazyB = 40;
  f = n: m: (if n > 0 then lazyA else lazyB) + (if m > 0 then n else m);
  g = x: let y = x * 2; in (if x == 0 then y else x) + y;
  strs = a: b: (if a == "x" then a else b) + "!";
  fl = a: b: [ (a < b) (a <= b) (a > b) (a >= b) (a == b) (a != b) (a + b) (a - b) (a * b) ];
in
[
  (f 1 2) (f 0 2) (f 1 0) (f 0 0)
  (g 0) (g 3)
  (strs "x" "y") (strs "z" "y")
  (fl 1 2) (fl 2 1.5) (fl 1.5 1.5) (fl 3 3)
  (9223372036854775807 - 1 + 1)
]

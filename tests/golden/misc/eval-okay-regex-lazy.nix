# match and split are strict in their arguments, but an unused call is never
# evaluated; the regex error is not catchable, a thrown string is.
let
  unused = builtins.match "(" "x";
in
{
  ok = builtins.match "(a)(b)?" "a";
  caught = (builtins.tryEval (builtins.split "a" (throw "no"))).success;
  cached = builtins.genList (i: builtins.match "([0-9]+)" (toString i)) 3;
}

# The binding the body forces first reaches itself through another binding: it
# stays a thunk, so forcing it reports the infinite recursion as Nix does.
let
  a = b + 1;
  b = c;
  c = a;
in
a * 2

# An argument forced inside an inlined body (here evaluated before it, as the
# body's first step) fails inside the call's frames, as when the call forces it.
let
  mod = a: b: a - b * (a / b);
  half = n: mod n 2;
  bad = { }.missing;
in
half (bad + 1)

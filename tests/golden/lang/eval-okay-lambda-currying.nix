let
  three = a: b: c: a * 100 + b * 10 + c;
  partial = three 1;
in
[ (partial 2 3) (partial 4 5) (three 9 9 9) ((x: y: x) "first" "second") ]

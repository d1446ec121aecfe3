let
  even = n: if n == 0 then true else odd (n - 1);
  odd = n: if n == 0 then false else even (n - 1);
  # bindings may refer to later ones
  a = b + 1;
  b = c * 2;
  c = 5;
  fib = n: if n < 2 then n else fib (n - 1) + fib (n - 2);
in
[ (even 10) (odd 7) (even 7) a (fib 15) ]

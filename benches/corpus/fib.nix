# Call-heavy recursion: the small recursive helpers found all over nixpkgs' lib
# (naive Fibonacci, mutual recursion through a `rec` set, curried helpers, and a
# function taking an attribute-set argument with formals).
let
  fib = n: if n < 2 then n else fib (n - 1) + fib (n - 2);

  parity = rec {
    isEven = n: if n == 0 then true else isOdd (n - 1);
    isOdd = n: if n == 0 then false else isEven (n - 1);
  };

  mod = a: b: a - b * (a / b);
  gcd = a: b: if b == 0 then a else gcd b (mod a b);
  sumGcds = n: acc: if n == 0 then acc else sumGcds (n - 1) (acc + gcd (n * 7919) 104729);

  # Takeuchi's function, called nixpkgs-style with an attribute set.
  tak = { x, y, z }:
    if y < x then
      tak {
        x = tak { x = x - 1; inherit y z; };
        y = tak { x = y - 1; y = z; z = x; };
        z = tak { x = z - 1; y = x; z = y; };
      }
    else z;

  # Ackermann with a small first argument: deep chains of curried calls.
  ack = m: n:
    if m == 0 then n + 1
    else if n == 0 then ack (m - 1) 1
    else ack (m - 1) (ack m (n - 1));
in
{
  fib = fib 27;
  even = parity.isEven 9001;
  gcds = sumGcds 5000 0;
  tak = tak { x = 18; y = 12; z = 6; };
  ack = ack 2 300;
}

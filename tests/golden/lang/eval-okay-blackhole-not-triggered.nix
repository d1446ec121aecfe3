# a binding that refers to itself is fine as long as the reference is not forced
# while the binding is being evaluated
let
  xs = [ 1 (builtins.length xs) ];
  s = { a = 1; b = s.a + 1; self = s; };
  ones = { head = 1; tail = ones; };
in
[ xs s.b s.self.self.b ones.tail.tail.tail.head ]

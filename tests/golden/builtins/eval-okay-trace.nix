# trace prints its first argument on stderr (strings as they are, other values
# without forcing what is not yet evaluated) and returns the second
with builtins;
[
  (trace "a string" 1)
  (trace 42 2)
  (trace { a = 1 + 1; b = "s"; n = 2; } 3)
  (trace [ ] 4)
  (trace null 5)
  (let x = { v = 1 + 1; }; in builtins.seq x.v (trace x 6))
]

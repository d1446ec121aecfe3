with builtins;
[
  (ceil 1.5)
  (ceil (-1.5))
  (ceil 2)
  (floor 1.5)
  (floor (-1.5))
  (floor 2)
  (ceil 1.0e15)
  (floor 0.0)
  (builtins.typeOf (ceil 1.5))
]

[
  (builtins.tryEval (throw "caught"))
  (builtins.tryEval (builtins.throw "also caught"))
  (builtins.tryEval "fine")
]

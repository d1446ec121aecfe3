[
  (map toString [ true false null ])
  builtins.length
  __head
  derivation
  (let true = false; in true)
  (import ./other.nix)
]

# two derivations (sets with type = "derivation") are equal when their outPaths are
let
  d1 = { type = "derivation"; outPath = "/nix/store/aaa"; name = "a"; };
  d2 = { type = "derivation"; outPath = "/nix/store/aaa"; name = "b"; };
  d3 = { type = "derivation"; outPath = "/nix/store/bbb"; name = "a"; };
  notDrv = { type = "other"; outPath = "/nix/store/aaa"; name = "b"; };
in
[
  (d1 == d2)
  (d1 == d3)
  (d1 == notDrv)
  # the other attributes are never looked at
  ({ type = "derivation"; outPath = "x"; a = throw "lazy"; } == { type = "derivation"; outPath = "x"; a = 1; })
]

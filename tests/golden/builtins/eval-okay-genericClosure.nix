with builtins;
[
  (genericClosure {
    startSet = [ { key = 1; } ];
    operator = item: if item.key < 5 then [ { key = item.key + 1; } ] else [ ];
  })
  # duplicates (by key) are dropped, the first occurrence is kept
  (genericClosure {
    startSet = [ { key = "a"; n = 1; } { key = "a"; n = 2; } { key = "b"; n = 3; } ];
    operator = item: [ { key = "a"; n = 4; } ];
  })
  # current Nix returns an empty startSet before looking at the operator (Nix 2.8 forced it)
  (genericClosure { startSet = [ ]; operator = throw "lazy"; })
  # lists compare as keys
  (map (x: x.key) (genericClosure {
    startSet = [ { key = [ 1 2 ]; } ];
    operator = item: [ { key = [ 1 2 ]; } { key = [ 1 3 ]; } ];
  }))
  # list keys whose elements are not evaluated yet
  (genericClosure { startSet = [ { key = [ (1 + 1) ]; } { key = [ 2 ]; } { key = [ (0 + 3) ]; } ]; operator = x: [ ]; })
]

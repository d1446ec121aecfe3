# closures created in a fold capture the accumulator value of their iteration
let
  fs = builtins.foldl' (acc: i: acc ++ [ (_: i * 10 + builtins.length acc) ]) [ ] [ 1 2 3 ];
in
map (f: f null) fs

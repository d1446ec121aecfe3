# an element that failed inside tryEval is reset and can be forced again
let g = n: let y = n * 2; in if n > 3 then throw "big ${toString y}" else y; in map (x: (builtins.tryEval (g x)).success) (builtins.genList (i: i) 6)

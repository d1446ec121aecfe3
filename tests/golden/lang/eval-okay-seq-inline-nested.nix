# nested inlined seqs forcing variables (fused reads) in a strict fold, a closure
# over an outer variable, and a seq of a selection
let
  xs = builtins.genList (i: i) 10;
  r = builtins.foldl' (acc: x: let c = acc.c + x; d = acc.d + 1; in builtins.seq c (builtins.seq d { inherit c d; })) { c = 0; d = 0; } xs;
  up = let z = 7; in (w: builtins.seq z (builtins.seq w [ z w ])) 3;
in [ r up (builtins.seq r.c r) ]

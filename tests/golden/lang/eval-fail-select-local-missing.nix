# A selection from a function's parameter (one instruction) reports a missing
# attribute at the selection, with the names the set has.
let s = { b = 1; }; f = s: s.a; in f s

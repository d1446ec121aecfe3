# an element of map is the call f x: its errors show the lambda's frame, no call site
let f = x: x.a; in builtins.head (map f [ { } ])

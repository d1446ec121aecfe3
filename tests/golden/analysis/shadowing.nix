let x = 1; in
let x = 2; f = x: x; in
{ a = x; b = f 3; c = (let x = 4; in x); }

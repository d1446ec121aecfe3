# the old `let { ...; body = ...; }` form is a recursive set whose `body` is the result
let {
  x = 1;
  y = x + 1;
  body = [ x y ];
}

{
  id = x: x;
  const = x: _: x;
  flip = f: a: b: f b a;
  mod = a: b: a - b * (a / b);
  max = a: b: if a > b then a else b;
  fix = f: let x = f x; in x;
}

{ a, b ? a + 1, c ? b * d, d ? 2, ... }:
x: y:
/*@*/ a + b + c + x

let
  a = b;
  f = { x }: x + y;
in
{ inherit z; v = a + f { x = 1; }; }

# attribute paths merge into nested sets
{
  a.b.c = 1;
  a.b.d = 2;
  a.e = 3;
  x = { y = 1; };
  x.z = 2;
  "quoted".path = 4;
  ${"dyn"}.amic = 5;
}

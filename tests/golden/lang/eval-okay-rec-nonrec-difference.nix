let
  a = "outer";
in
{
  plain = { a = "inner"; b = a; };
  recursive = rec { a = "inner"; b = a; };
}

let
  check = n: assert builtins.isInt n; n;
in
check "3"

{
  plain = 1;
  "with space" = 2;
  "" = 3;
  "1starts-with-digit" = 4;
  "with\"quote" = 5;
  "a.b" = 6;
  _under = 7;
  "dash-ed" = 8;
  "prime'" = 9;
  "if" = 10;
  "ünï" = 11;
  # Nix 2.8 printed this name as "with\$dollar"; current Nix escapes `$` only before `{`
  "with$dollar" = 12;
  "with\${brace}" = 14;
  "x${"y"}" = 13;
}

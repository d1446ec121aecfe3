let
  name = "n";
  v = 1;
in
{
  "${name}-suffix" = ''
    ${toString v} and ${name}
  '';
  ${name} = /abs/${name};
  attr = { }.${name} or v;
}

# A small example: nixlet --eval --strict examples/hello.nix
let
  greet = name: "Hello, ${name}!";
  people = [ "Ada" "Grace" "Edsger" ];
  lengths = map builtins.stringLength people;
in
{
  greetings = map greet people;
  total = builtins.foldl' (a: b: a + b) 0 lengths;
  sorted = builtins.sort (a: b: a < b) people;
  nested.attrs.are = "fine";
}

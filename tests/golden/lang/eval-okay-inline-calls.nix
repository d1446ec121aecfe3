# Calls of small let-bound functions (inlined by the compiler) behave as calls:
# laziness, sharing, scoping, partial and over-application, nesting, recursion.
let
  inherit (builtins) isAttrs tryEval;
  g = 1;
  typeOf = x: if isAttrs x then x._type or "" else "";
  isOption = x: typeOf x == "option";
  mod = a: b: a - b * (a / b);
  three = a: b: c: [ a b c ];
  const = x: y: x;
  id = x: x;
  addG = x: x + g;
  dup = a: a: a;
  pair = name: value: { inherit name value; };
  pick = s: { inherit (s) a; b = s.b or "none"; };
  greet = who: "hello ${who}${if who == "" then "?" else "!"}";
  minus = x: x - 1;
  neg = x: -x;
  has = s: s ? a.b;
  isEven = n: if n == 0 then true else isOdd (n - 1);
  isOdd = n: if n == 0 then false else isEven (n - 1);
  fact = n: if n == 0 then 1 else n * fact (n - 1);
  count = builtins.length;
  twice = f: x: f (f x);
  subWith = __sub: x: x - 1;
  # an argument is evaluated once, however often the body reads it
  shared = let t = builtins.trace "evaluated once" 21; in addG t + addG t;
in
{
  types = [ (typeOf { _type = "option"; }) (typeOf 1) (isOption { _type = "option"; }) (isOption { }) ];
  mods = [ (mod 7 3) (mod 12 4) (mod (0 - 7) 3) ];
  three = three 1 2 3;
  lazy = const 1 (throw "never forced");
  overApplied = [ (id builtins.add 1 2) (const id 0 5) (id (x: x * 2) 4) ];
  partial = let m7 = mod 7; f = three 1; in [ (m7 4) (f 2 3) ];
  # the call site binds names the body also uses: the body sees its own
  shadowed = let x = 5; g = 100; in [ (addG x) (typeOf x) (id x) ];
  # the operators the body uses are the builtins it was written with
  operators = let __sub = a: b: 42; __lessThan = a: b: true; in [ (minus 5) (neg 3) ];
  withScope = with { isAttrs = _: false; g = 1000; }; [ (typeOf { _type = "t"; }) (addG 1) ];
  duplicateParams = dup 1 2;
  sets = [ (pair "n" 1) (pick { a = 1; }) (pick { a = 2; b = 3; }) (has { a.b = 1; }) (has { }) ];
  strings = [ (greet "world") (greet "") ];
  recursion = [ (isEven 10) (isOdd 7) (fact 10) ];
  values = [ (map typeOf [ { _type = "a"; } 1 ]) (count [ 1 2 ]) (twice addG 1) ];
  inThunks = let a = typeOf { _type = "lazy"; }; b = [ (mod 9 4) (id "x") ]; in { inherit a b; };
  caught = [ (tryEval (isOption (throw "inside"))) (tryEval (mod 1 (throw "divisor"))) (isOption { _type = "option"; }) ];
  # constants and globals as arguments (read in place of the parameter)
  substituted = [ (id true) (const null 1) (mod 9 2.0) (subWith __mul 10) (greet "x") (id __add 1 2) ];
  inherit shared;
}

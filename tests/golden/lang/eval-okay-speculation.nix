# Cheap lazy expressions over evaluated values are computed where their thunk would
# be made (see SpecNode); whatever could fail or read an unset slot stays lazy.
let
  n = 5;
  big = 9223372036854775807;
  zero = 0;
  s = "a";
  set = { a = 1; b.c = 2; };
  # reads a slot stored later in the group: must see 3, not an unset slot
  early = later == null;
  later = 3;
  # none of these is forced, so none may fail
  overflow = big + 1;
  byZero = 1 / zero;
  byZeroF = 1.0 / (zero * 1.0);
  typeError = s - 1;
  missing = set.x;
  notBool = if n then 1 else 2;
  minOverflow = (-big - 1) / (-1);
  # dynamic selections: a name not made yet, a string with a context, no string
  k = "a";
  unknown = "no-such-" + "name";
  withContext = "${builtins.toFile "n" "a"}";
  missingDyn = set.${unknown};
  contextDyn = set.${withContext};
  notString = set.${n};
  # a selection giving an attribute not evaluated yet: forced later, or never
  lazy = { x = n + 1; y = throw "never forced"; };
  viaLazy = [ lazy.x lazy.${"x"} ];
  neverForced = { inherit (lazy) y; z = lazy.${"y"}; };
  # calls of builtins that only read evaluated values: fine ones, failing ones
  # (never forced), one whose element is not evaluated yet, and a local function
  # named like a builtin
  inherit (builtins) length head elemAt stringLength;
  xs = [ 1 2 (n * 3) ];
  empty = [ ];
  calls = [ (length xs) (head xs) (elemAt xs 1) (stringLength s) (elemAt xs (length xs - 1)) ];
  headEmpty = head empty;
  elemAtPast = elemAt xs 3;
  elemAtNegative = elemAt xs (-1);
  lengthOfInt = length n;
  stringLengthOfInt = stringLength n;
  pendingElem = let ys = [ (throw "element not forced") ]; in { e = head ys; };
  shadowed = let length = x: 42; in length xs;
in
{
  values = [ (n - 1) (n * 2) (n / 2) (n < 3) (n <= 5) (n > 5) (n >= 5) (n == 5) (n != 5)
    (!(n > 1)) (-n) (n + 0.5) (set.b.c + n) (if n > 3 then set.a else n) (s == "a") (s < "b")
    (n == null) (n == 5.0) (set.a == true) (set.${k}) (set.${"b"}.c + n) ];
  inherit early;
  lazyFailures = builtins.length [ overflow byZero byZeroF typeError missing notBool minOverflow
    missingDyn contextDyn notString headEmpty elemAtPast elemAtNegative lengthOfInt stringLengthOfInt ];
  inherit calls shadowed;
  pendingElem = builtins.attrNames pendingElem;
  inherit viaLazy;
  neverForced = builtins.attrNames neverForced;
  recSet = (rec { a = n + 1; b = a * 2; }).b;
  overridden = (rec { a = 1; b = a + 1; __overrides = { a = 10; }; }).b;
}

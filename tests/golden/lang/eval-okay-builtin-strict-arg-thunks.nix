# A builtin called with an unevaluated strict argument: the argument is evaluated
# first, then the call runs again. Covers arguments that are calls, selections,
# thunks of thunks, partial applications, nested builtin calls, and errors caught
# inside or around them.
let
  inherit (builtins) isAttrs stringLength length attrNames substring elemAt tryEval;
  id = x: x;
  s = { a = "hello"; b = { c = [ 1 2 3 ]; }; };
  lazyStr = id (id "abc");
  sub2 = substring 1;
  f = x: stringLength x;
in
[
  (isAttrs (id s))
  (isAttrs (id 1))
  (stringLength s.a)
  (stringLength lazyStr)
  (f (id (id "four")))
  (length s.b.c)
  (attrNames (id s))
  (substring (id 1) (id 2) (id "abcdef"))
  (sub2 (id 3) "abcdef")
  (elemAt (id [ 10 20 30 ]) (id 2))
  (stringLength (toString (length (attrNames (id s)))))
  (tryEval (stringLength (throw "caught")))
  (tryEval (f (id (throw "caught in a call"))))
  (map (x: isAttrs x) [ (id { }) (id 1) ])
  (let xs = builtins.genList (i: { inherit i; }) 3; in map (x: isAttrs x) xs)
]

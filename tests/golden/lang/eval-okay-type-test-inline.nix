# A type predicate called with one argument (`builtins.isAttrs x`, `inherit
# (builtins) isList`) compiles inline; the results must be the builtins', for
# every type, and a shadowed name or a predicate used as a value is a plain call.
let
  inherit (builtins) isAttrs isList isFunction;
  values = [ null true 1 1.5 "s" ./. { } [ ] (x: x) builtins.add (builtins.add 1) (let t = { a = 1; }; in t) ];
  tests = [
    (v: builtins.isNull v) (v: builtins.isBool v) (v: builtins.isInt v) (v: builtins.isFloat v)
    (v: builtins.isString v) (v: builtins.isPath v) (v: isAttrs v) (v: isList v) (v: isFunction v)
  ];
  shadowed = let isAttrs = x: "mine"; in isAttrs 1;
  asValue = map builtins.isAttrs [ 1 { } ];
  caught = builtins.tryEval (isAttrs (throw "boom"));
  lazyArg = isList (builtins.genList (i: i) 2);
in
[ (map (t: map t values) tests) shadowed asValue caught lazyArg (__isInt 3) ]

# `builtins.name` is resolved when compiling (the set and its attributes cannot
# change); everything around it keeps its meaning.
let
  unused = builtins.doesNotExist;          # lazy: never selected
  len = builtins.length;
  f = builtins: builtins.length;           # a parameter shadows the global
in
[
  (len [ 1 2 3 ])
  (builtins.stringLength "abc")
  (builtins.doesNotExist or "default")
  (builtins.length or "unused default" [ 1 ])
  (builtins.builtins.builtins.length [ 1 2 ])
  (builtins.builtins.doesNotExist or 7)
  (builtins.true || builtins.false)
  (builtins.null == null)
  (f { length = "shadowed"; })
  (let builtins = { length = "let"; }; in builtins.length)
  (with { builtins = { length = "with"; }; }; builtins.length [ 1 ])
  (builtins ? length)
  (builtins ? doesNotExist)
  (map builtins.toString [ 1 2 ])
  (builtins.seq builtins.typeOf (builtins.typeOf builtins.add))
  (builtins.typeOf builtins.langVersion)
]

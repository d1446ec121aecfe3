[
  (builtins ? builtins)
  (builtins.builtins.builtins.length [ 1 2 ])
  (builtins.builtins == builtins)
  (builtins.typeOf builtins)
  (builtins.isAttrs builtins.builtins)
  (__length [ 1 ])
  (builtins.true && builtins.null == null)
  (let builtins = { length = _: "shadowed"; }; in builtins.length [ ])
]

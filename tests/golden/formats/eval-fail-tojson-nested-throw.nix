builtins.toJSON {
  list = [
    { ok = 1; }
    { bad = throw "deep failure"; }
  ];
}

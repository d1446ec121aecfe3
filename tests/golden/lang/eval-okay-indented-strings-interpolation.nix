# interpolated text is not re-indented and does not count for the indentation
let
  multi = "line1\nline2";
in
''
  a
    ${multi}
  b ${"x"}
''

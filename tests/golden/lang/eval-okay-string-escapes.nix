[
  "tab\there"
  "newline\nhere"
  "cr\rhere"
  "quote\"here"
  "backslash\\here"
  "dollar\${here}"
  "unknown \q escape"
  "$"
  "$$"
  "$${not interpolated}"
  "ünïcödé"
]

# line comment
[
  1 # trailing comment
  /* block comment */ 2
  /* multi
     line */
  3
]

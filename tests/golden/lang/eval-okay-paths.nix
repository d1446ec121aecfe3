[
  ./relative
  ./a/../b
  ./a/./b
  ../lang/x
  /absolute/path
  /a/b/../c
  ./.
  ./lib/data.txt
  (builtins.typeOf ./x)
  (./lib + "/x")
  (/. + "a")
  (/a + "/")
]

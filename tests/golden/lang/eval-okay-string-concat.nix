[
  ("a" + "b")
  ("" + "")
  ("a" + ./lib/data.txt)
  (./lib + "/data.txt")
  (./lib + "data.txt")
  ("${"x"}" + "${"y"}")
]

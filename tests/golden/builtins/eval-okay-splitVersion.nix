with builtins;
[
  (splitVersion "1.2.3")
  (splitVersion "1.2.3pre4")
  (splitVersion "2.0-rc1")
  (splitVersion "")
  (splitVersion "abc")
  (splitVersion "1..2")
  (splitVersion "1_2-3.4")
]

# replaceStrings: first matching pattern wins at each position, empty patterns match
# between characters and at the end, no match returns the string unchanged.
with builtins;
[
  (replaceStrings [ "a" "" "b" ] [ "X" "-" "YY" ] "abcab")
  (replaceStrings [ "" ] [ "-" ] "")
  (replaceStrings [ "" ] [ "-" ] "ab")
  (replaceStrings [ "oo" "o" ] [ "0" "1" ] "foooo")
  (replaceStrings [ "o" "oo" ] [ "1" "0" ] "foooo")
  (replaceStrings [ ] [ ] "x")
  (replaceStrings [ "a" ] [ "b" ] "zzz")
  (replaceStrings [ "ab" "b" ] [ "" "c" ] "abbab")
  (replaceStrings [ "é" ] [ "e" ] "café ét")
  (replaceStrings (genList (i: toString i) 10) (genList (i: "<${toString i}>") 10) "a1b22c")
]

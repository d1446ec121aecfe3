with builtins;
[
  (replaceStrings [ "a" ] [ "b" ] "banana")
  (replaceStrings [ "an" "a" ] [ "AN" "A" ] "banana")
  # earlier patterns take priority at each position
  (replaceStrings [ "a" "an" ] [ "A" "AN" ] "banana")
  (replaceStrings [ ] [ ] "unchanged")
  # an empty pattern matches between every character
  (replaceStrings [ "" ] [ "-" ] "abc")
  (replaceStrings [ "" ] [ "-" ] "")
  (replaceStrings [ "x" ] [ "y" ] "")
  # replacements are not rescanned
  (replaceStrings [ "a" ] [ "aa" ] "aaa")
  (replaceStrings [ "oo" ] [ "0" ] "foooo")
]

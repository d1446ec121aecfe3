# interpolating a path copies it to the store
[
  "${./lib/data.txt}"
  "${./lib}/data.txt"
  (builtins.substring 0 11 "${./lib/data.txt}")
]

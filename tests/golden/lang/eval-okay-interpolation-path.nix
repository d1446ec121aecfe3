# interpolating a path copies it to the store
[
  "${./lib/data.txt}"
  "${./lib/store-dir}/file.txt"
  (builtins.substring 0 11 "${./lib/data.txt}")
]

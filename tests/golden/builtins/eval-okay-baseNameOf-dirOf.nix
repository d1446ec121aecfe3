with builtins;
[
  (baseNameOf "/a/b/c")
  (baseNameOf "/a/b/c/")
  (baseNameOf "c")
  (baseNameOf "")
  (baseNameOf "/")
  (baseNameOf /a/b)
  (dirOf "/a/b/c")
  (dirOf "/a/b/c/")
  (dirOf "c")
  (dirOf "/")
  (dirOf "/a")
  (dirOf "a/b")
  (dirOf /a/b)
  (dirOf /a)
]

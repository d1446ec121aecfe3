[
  (true && false)
  (true || false)
  (!true)
  (false -> false)
  (true -> false)
  # && binds tighter than ||, which binds tighter than ->
  (true || false && false)
  (false -> true || false)
  (!false && !false)
  (if 1 < 2 then "yes" else "no")
  (if false then 1 else if true then 2 else 3)
]

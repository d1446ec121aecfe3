# the innermost `with` wins among `with`s
with { a = "outer-a"; b = "outer-b"; };
with { a = "inner-a"; };
[ a b ]

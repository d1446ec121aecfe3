let
  cond = "true";
in
if cond then 1 else 2

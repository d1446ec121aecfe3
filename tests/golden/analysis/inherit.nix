x: src:
let
  inherit x;
  inherit (src) y z;
  plain = { inherit x y; inherit (src) w; };
  r = rec { inherit y; inherit (plain) x; v = x; };
in
[ x y plain r ]

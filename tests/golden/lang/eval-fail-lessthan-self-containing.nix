# Lists that contain themselves, compared with `<`: the comparison of their first
# elements nests for ever (C++ Nix overflows its stack); nixlet stops at the call
# depth (here lowered with --max-call-depth).
let
  s = [ s s ];
  t = [ t ];
in
s < t

let
  config = { enable = true; package = "p"; };
in
config.enabel

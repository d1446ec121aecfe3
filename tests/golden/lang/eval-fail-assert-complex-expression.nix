let
  cfg = { enable = true; port = 80; };
in
assert cfg.enable -> (cfg.port > 1024 && !(cfg ? user));
cfg

builtins.fetchTree { owner = "NixOS"; }

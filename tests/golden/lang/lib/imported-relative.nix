# a relative path in an imported file is relative to that file
{ here = ./.; value = import ./imported-value.nix; }

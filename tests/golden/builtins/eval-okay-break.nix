# builtins.break is newer than Nix 2.8
# without the debugger, break returns its argument
[ (builtins.break 1) (builtins.break "two") ]

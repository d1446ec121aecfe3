# C++ Nix's `mapAttrs` does not force its function before building the result,
# so deep forcing its first value finds no position for the call: no `from call
# site` frame (unlike `map`, `genList` and `zipAttrsWith`).
builtins.mapAttrs (name: value: value + name) { a = 1; }

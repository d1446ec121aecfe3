# `--parse` shows a double-quoted string as its value (escapes undone), quoted the
# way Nix prints strings; interpolated ones as the concatenation of their parts.
x: [ "a\tb" "c${x}d\n" "\\" "q\"uote" ]

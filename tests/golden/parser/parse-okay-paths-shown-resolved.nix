# `--parse` shows path literals as C++ Nix's AST holds them: resolved against the
# file's directory (stdin: the working directory) and canonicalised, and an
# interpolated one as the concatenation of its resolved start and its parts; a
# URI is a string.
x: [ ./a ./b/../c /e/../f ./g/${x} ./g/${x}/h http://example.org/x ]

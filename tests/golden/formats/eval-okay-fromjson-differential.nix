# Generated documents whose results were checked against nix-instantiate.
[
  (builtins.fromJSON "[\n  {\n    \"\\t\": [\n      -630445\n    ],\n    \"\\r\\n\": -4720586066214327776,\n    \"\\r\\ud83d\\ude00\\u2192\": {\n      \"b\${\": false,\n      \"Z \\ud83d\\ude00\": 0.34205580615985787\n    }\n  },\n  -9223372036854775807\n]")
  (builtins.fromJSON "{\"\\u00e9\\\"\\u001f \\u0001\\u00e9\": [], \"  b\\b\${\": {}, \"x\": [0.956165, null, [\"Z\", null, -2.5e-300, 1e-07], -9223372036854775808]}")
  (builtins.fromJSON "[[null], \"\\f\", -296757, []]")
  (builtins.fromJSON "4611686018427387904")
]

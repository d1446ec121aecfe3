# Function parameters: plain names, formals (sorted), ellipsis, and @-bindings on either
# side (without positions: builtins.toXML never shows them).
builtins.toXML [
  (x: x)
  ({ b, a ? { c = "}"; }, ... }: a)
  (args@{ y }: y)
  ({ z } @ all: z)
  ({ }: 1)
]

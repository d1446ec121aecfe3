[
  (args@{ a, ... }: args.b or a)
  ({ a, b ? all.a }@all: /*@*/ b)
  (args@{ unused ? 1 }: args)
]

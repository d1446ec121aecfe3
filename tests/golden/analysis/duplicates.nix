[
  ({ a, a }: a)
  (let x = 1; x = 2; in x)
  (rec { y = 1; y.z = 2; })
]

# __overrides in a rec set replaces attributes, and the set's own references see the replacement
[
  (rec { a = 1; b = a + 1; __overrides = { a = 10; c = 3; }; })
  (rec { x = "orig"; __overrides = { }; })
  # in a non-recursive set __overrides is an ordinary attribute
  ({ a = 1; __overrides = { a = 2; }; })
]

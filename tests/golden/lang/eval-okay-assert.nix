[
  (assert true; "passed")
  (assert 1 == 1; assert [ ] == [ ]; "nested")
  (builtins.tryEval (assert false; 1))
]

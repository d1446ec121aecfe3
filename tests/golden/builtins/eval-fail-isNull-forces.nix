# the type predicates force their argument
isNull (throw "forced by isNull")

builtins.typeOf (-!false == false)

"from search path"

"found via the search path"

abort [ "list" ]

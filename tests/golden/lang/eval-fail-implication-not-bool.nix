true -> { }

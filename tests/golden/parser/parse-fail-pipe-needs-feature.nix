1 |> builtins.toString

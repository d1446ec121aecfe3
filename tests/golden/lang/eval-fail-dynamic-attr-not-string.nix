{ ${toString 1} = "fine"; ${1} = "not fine"; }

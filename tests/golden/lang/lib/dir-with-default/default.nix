{ kind = "directory import"; }

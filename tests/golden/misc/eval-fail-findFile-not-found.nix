builtins.findFile [ ] "surely-not-here"

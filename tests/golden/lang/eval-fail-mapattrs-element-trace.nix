# mapAttrs calls f name value; an error inside shows the inner lambda's frame
builtins.mapAttrs (name: value: value.x + name) { a = { x = 1; }; }

{ lists, strings }:
{
  mapAttrsToList = f: attrs: map (name: f name attrs.${name}) (builtins.attrNames attrs);
  filterAttrs = pred: set:
    builtins.listToAttrs (builtins.concatMap
      (name: let v = set.${name}; in if pred name v then [ { inherit name; value = v; } ] else [ ])
      (builtins.attrNames set));
  genAttrs = names: f: builtins.listToAttrs (map (name: { inherit name; value = f name; }) names);
}

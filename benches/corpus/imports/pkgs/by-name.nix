# pkgs/by-name/<shard>/<name>/package.nix, found with readDir.
{ lib }:
let
  shards = builtins.readDir ./by-name;
  inShard = shard:
    lib.mapAttrsToList (name: _: { inherit name; value = ./by-name + "/${shard}/${name}/package.nix"; })
      (builtins.readDir (./by-name + "/${shard}"));
in
builtins.listToAttrs (builtins.concatMap inShard (builtins.attrNames shards))

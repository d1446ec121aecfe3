# Sets with __toString / outPath: __toString wins and is called with the set; its
# result may itself be peeled; outPath is followed, ending in any value; a plain set at
# the end of an outPath chain is written as an object. Attributes not needed are not
# evaluated.
{
  toString = builtins.toJSON { __toString = self: "s-" + self.name; name = "x"; outPath = abort "not evaluated"; };
  nested = builtins.toJSON { outPath = { outPath = { __toString = _: { outPath = "deep"; }; }; }; };
  outPathList = builtins.toJSON { outPath = [ 1 { outPath = "o"; } ]; };
  outPathSet = builtins.toJSON { outPath = { b = 2; a = 1; }; };
  drvLike = builtins.toJSON [ { type = "derivation"; outPath = "/nix/store/abc-x"; drvPath = abort "unused"; } ];
  lazyElsewhere = builtins.toJSON (builtins.attrNames { a = abort "names only"; });
}

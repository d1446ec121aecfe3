# `//` of a big set by a small one is kept as layers over the big set (not a copy):
# every way of reading a set must see through them. Each result is compared with
# the same set built in one piece.
let
  inherit (builtins) foldl' genList listToAttrs attrNames attrValues length toString
    elemAt removeAttrs intersectAttrs mapAttrs zipAttrsWith hasAttr getAttr toJSON
    unsafeGetAttrPos functionArgs catAttrs concatStringsSep;
  n = 200;
  name = i: "a${toString i}";
  base = listToAttrs (genList (i: { name = name i; value = i; }) n);
  # 40 updates (more than the layers one set may have): each overrides one name,
  # adds one, and sets `last`
  step = k: { ${name (k * 7 - (k * 7 / n) * n)} = 1000 + k; "new${toString k}" = k; last = k; };
  layered = foldl' (acc: k: acc // step k) base (genList (k: k + 1) 40);
  # the same set, built in one piece (`listToAttrs` keeps a name's first value)
  oneStep = listToAttrs (genList (k: { name = name ((k + 1) * 7 - ((k + 1) * 7 / n) * n); value = 1000 + k + 1; }) 40
    ++ genList (k: { name = "new${toString (k + 1)}"; value = k + 1; }) 40
    ++ [ { name = "last"; value = 40; } ]
    ++ genList (i: { name = name i; value = i; }) n);
  sum = s: foldl' (a: b: a + b) 0 (attrValues s);
  # a layer over a layer's flattened form, and a big update of a layered set
  big = layered // listToAttrs (genList (i: { name = name i; value = -i; }) 150);
  onTop = { x = 1; } // layered;
  # an overlay-style fixpoint over a big set
  fix = f: let x = f x; in x;
  extends = f: rattrs: self: let super = rattrs self; in super // f self super;
  pkgs = fix (foldl' (acc: k: extends (self: super: {
    ${name k} = super.${name k} + self.a0;
    count = (super.count or 0) + 1;
  }) acc) (self: base) (genList (k: k + 1) 30));
  withF = { a0, a1, ... }: a0 + a1;
in
{
  equal = layered == oneStep;
  len = length (attrNames layered);
  names = attrNames layered == attrNames oneStep;
  values = attrValues layered == attrValues oneStep;
  sum = sum layered;
  has = [ (layered ? a7) (layered ? new40) (layered ? new41) (hasAttr "a199" layered) ];
  get = [ layered.last layered.a7 layered.new3 (layered.zzz or "none") (getAttr "a14" layered) ];
  dyn = map (k: layered.${k}) [ "a0" "a21" "new17" ];
  removed = length (attrNames (removeAttrs layered [ "a0" "new1" "nothere" ]));
  removedSame = removeAttrs layered [ "nothere" ] == layered;
  intersect = [ (intersectAttrs { a7 = null; new2 = null; q = null; } layered)
    (length (attrNames (intersectAttrs layered base))) ];
  mapped = sum (mapAttrs (k: v: v * 2) layered) == 2 * sum layered;
  zipped = length (attrNames (zipAttrsWith (k: vs: vs) [ layered base ]));
  withScope = with layered; a7 + new40;
  inherited = let inherit (layered) a14 new2; in [ a14 new2 ];
  json = toJSON layered == toJSON oneStep;
  pos = unsafeGetAttrPos "new3" layered != null;
  formals = withF layered;
  functor = (layered // { __functor = self: x: self.a7 + x; }) 1;
  cat = catAttrs "new5" [ layered base { new5 = 0; } ];
  big = [ big.a7 big.a199 big.new40 (length (attrNames big)) ];
  onTop = [ onTop.x onTop.a7 (length (attrNames onTop)) ];
  pkgs = [ pkgs.a1 pkgs.a30 pkgs.a31 pkgs.count (length (attrNames pkgs)) ];
  small = (layered // { a7 = "seven"; }).a7;
  str = "${toString (length (attrValues layered))} ${concatStringsSep "," (map toString (elemAt [ (attrNames (intersectAttrs { new9 = 1; a9 = 1; } layered)) ] 0))}";
}

# The library: every part imported here, the parts import each other.
let
  trivial = import ./trivial.nix;
  lists = import ./lists.nix { inherit trivial; };
  strings = import ./strings.nix { inherit lists trivial; };
  attrsets = import ./attrsets.nix { inherit lists strings; };
in
trivial // lists // strings // attrsets // {
  inherit trivial lists strings attrsets;
  licenses = import ./licenses.nix;
  platforms = import ./platforms.nix { inherit lists; };
}

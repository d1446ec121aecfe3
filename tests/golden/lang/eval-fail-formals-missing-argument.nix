let
  mkThing = { name, version, src ? null }: name + "-" + version;
in
mkThing { name = "hello"; }

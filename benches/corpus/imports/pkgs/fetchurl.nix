{ url, sha256 }:
{ inherit url sha256; name = baseNameOf url; outPath = "/nix/store/${builtins.substring 0 32 sha256}-${baseNameOf url}"; }

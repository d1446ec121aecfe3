{ lib, mkPackage, fetchurl, exzz-76, gogogo-47, kasslzz-47, xmlxmlfs-88 }:
mkPackage rec {
  pname = "kare-89";
  version = "6.0.5";
  src = fetchurl {
    url = "https://example.org/kare-89/${pname}-${version}.tar.gz";
    sha256 = "486de4df9eff5a4d9bcac6a93d3c785e06fe664bdce7866717151a5f1a204917";
  };
  buildInputs = [ exzz-76 gogogo-47 kasslzz-47 xmlxmlfs-88 ];
  meta = with lib; {
    description = "The kare-89 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}

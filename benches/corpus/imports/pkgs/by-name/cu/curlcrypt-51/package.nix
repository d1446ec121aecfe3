{ lib, mkPackage, fetchurl, netex-71, netexgit-81, qtnet-32, toxmlpa-37 }:
mkPackage rec {
  pname = "curlcrypt-51";
  version = "1.10.7";
  src = fetchurl {
    url = "https://example.org/curlcrypt-51/${pname}-${version}.tar.gz";
    sha256 = "a33064a108abb8d2addd2ef45d1ebc1c220a820ec4d96cfa0c1ade286e0a7b00";
  };
  buildInputs = [ netex-71 netexgit-81 qtnet-32 toxmlpa-37 ];
  meta = with lib; {
    description = "The curlcrypt-51 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}

{ lib, mkPackage, fetchurl, cryptlibgo-18, netexgit-81 }:
mkPackage rec {
  pname = "gitgitpng-29";
  version = "5.6.3";
  src = fetchurl {
    url = "https://example.org/gitgitpng-29/${pname}-${version}.tar.gz";
    sha256 = "9dc894b8654ab02df0cf77d202d770b3a5887adb0a325876701986b7e1d459e7";
  };
  buildInputs = [ cryptlibgo-18 netexgit-81 ];
  meta = with lib; {
    description = "The gitgitpng-29 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}

{ lib, mkPackage, fetchurl, netlib-99, xmlgit-76 }:
mkPackage rec {
  pname = "kanet-13";
  version = "2.8.1";
  src = fetchurl {
    url = "https://example.org/kanet-13/${pname}-${version}.tar.gz";
    sha256 = "1a3ff8b2359d7cbadc1e77cd9c89743ae3c30acab67dae940a08045f761cf036";
  };
  buildInputs = [ netlib-99 xmlgit-76 ];
  meta = with lib; {
    description = "The kanet-13 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}

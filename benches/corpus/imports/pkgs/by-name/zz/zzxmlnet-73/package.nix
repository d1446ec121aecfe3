{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "zzxmlnet-73";
  version = "1.28.3";
  src = fetchurl {
    url = "https://example.org/zzxmlnet-73/${pname}-${version}.tar.gz";
    sha256 = "4ded76fc011b28b999584b883ab8bd24eeba6f700fd08803b366ff2cb6b3a253";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The zzxmlnet-73 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}

{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "mupngpng-81";
  version = "7.1.0";
  src = fetchurl {
    url = "https://example.org/mupngpng-81/${pname}-${version}.tar.gz";
    sha256 = "8a6e4dfd772d3a2ee99d4555efa57b30a48f8c3bc672c0e29ebb4dc3c34a5ddc";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The mupngpng-81 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}

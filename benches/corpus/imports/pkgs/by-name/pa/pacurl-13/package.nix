{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "pacurl-13";
  version = "3.4.3";
  src = fetchurl {
    url = "https://example.org/pacurl-13/${pname}-${version}.tar.gz";
    sha256 = "bbe10f83a3c62fd2cf53cb5d7af510706955e89785750789a97b889e1574ad56";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The pacurl-13 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}

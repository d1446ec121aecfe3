{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "pngre-23";
  version = "7.28.0";
  src = fetchurl {
    url = "https://example.org/pngre-23/${pname}-${version}.tar.gz";
    sha256 = "f04bd9c53e4a9d23dc316925ff7ab57ae99479c533871d8b944d9bcc6294a97d";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The pngre-23 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}

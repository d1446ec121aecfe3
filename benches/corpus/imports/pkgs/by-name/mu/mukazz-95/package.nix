{ lib, mkPackage, fetchurl, curlpy-93, gitrenet-75, gtkcryptqt-33, regoka-22 }:
mkPackage rec {
  pname = "mukazz-95";
  version = "2.25.9";
  src = fetchurl {
    url = "https://example.org/mukazz-95/${pname}-${version}.tar.gz";
    sha256 = "09872a468ebdc625cf1b2e623b69865e7b43b38fcf57b385ce2d966628b35308";
  };
  buildInputs = [ curlpy-93 gitrenet-75 gtkcryptqt-33 regoka-22 ];
  meta = with lib; {
    description = "The mukazz-95 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}

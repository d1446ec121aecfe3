{ lib, mkPackage, fetchurl, libzzpy-49, tomu-48, xmlzz-88 }:
mkPackage rec {
  pname = "rezznet-51";
  version = "5.18.4";
  src = fetchurl {
    url = "https://example.org/rezznet-51/${pname}-${version}.tar.gz";
    sha256 = "f0694860de4cf9c6a852955fcaa50c4ebe520578f5fef8bd2d8827e28eb71ab3";
  };
  buildInputs = [ libzzpy-49 tomu-48 xmlzz-88 ];
  meta = with lib; {
    description = "The rezznet-51 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}

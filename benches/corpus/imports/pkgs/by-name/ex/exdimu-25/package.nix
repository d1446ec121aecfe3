{ lib, mkPackage, fetchurl, gitcurl-60, pngpago-75, pycrypt-77 }:
mkPackage rec {
  pname = "exdimu-25";
  version = "2.20.0";
  src = fetchurl {
    url = "https://example.org/exdimu-25/${pname}-${version}.tar.gz";
    sha256 = "d754e17c7d32f6639a77d0a196d833acf24f99e7180f7bb4c612026eb07e5e8b";
  };
  buildInputs = [ gitcurl-60 pngpago-75 pycrypt-77 ];
  meta = with lib; {
    description = "The exdimu-25 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}

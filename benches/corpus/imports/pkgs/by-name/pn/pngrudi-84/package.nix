{ lib, mkPackage, fetchurl, libzz-71 }:
mkPackage rec {
  pname = "pngrudi-84";
  version = "3.10.5";
  src = fetchurl {
    url = "https://example.org/pngrudi-84/${pname}-${version}.tar.gz";
    sha256 = "0096ceb1d67ae03cef89656311b5ca652804a644f4b5db870f55da4c79f44e5b";
  };
  buildInputs = [ libzz-71 ];
  meta = with lib; {
    description = "The pngrudi-84 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}

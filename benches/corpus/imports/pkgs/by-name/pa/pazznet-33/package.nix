{ lib, mkPackage, fetchurl, gtkpy-47, togozz-8 }:
mkPackage rec {
  pname = "pazznet-33";
  version = "9.30.0";
  src = fetchurl {
    url = "https://example.org/pazznet-33/${pname}-${version}.tar.gz";
    sha256 = "75a8b36d0d42911785800909b781dd661ac93ab0e0324ad335e3782d540f5aa8";
  };
  buildInputs = [ gtkpy-47 togozz-8 ];
  meta = with lib; {
    description = "The pazznet-33 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}

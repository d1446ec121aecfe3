{ lib, mkPackage, fetchurl, netcurllib-8 }:
mkPackage rec {
  pname = "pycrypt-77";
  version = "6.5.7";
  src = fetchurl {
    url = "https://example.org/pycrypt-77/${pname}-${version}.tar.gz";
    sha256 = "591794859583d65295b07eac2fa45660bfad4597ace8df62950d5800d203d3ae";
  };
  buildInputs = [ netcurllib-8 ];
  meta = with lib; {
    description = "The pycrypt-77 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}

{ lib, mkPackage, fetchurl, mudi-95 }:
mkPackage rec {
  pname = "fspngpa-90";
  version = "5.21.3";
  src = fetchurl {
    url = "https://example.org/fspngpa-90/${pname}-${version}.tar.gz";
    sha256 = "187dde427a6b39b81d4c791f91d56b967351b952b6fde12cf68dd501bb29101e";
  };
  buildInputs = [ mudi-95 ];
  meta = with lib; {
    description = "The fspngpa-90 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}

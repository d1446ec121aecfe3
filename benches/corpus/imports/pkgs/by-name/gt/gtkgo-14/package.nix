{ lib, mkPackage, fetchurl, fspng-73, tozz-62 }:
mkPackage rec {
  pname = "gtkgo-14";
  version = "7.15.7";
  src = fetchurl {
    url = "https://example.org/gtkgo-14/${pname}-${version}.tar.gz";
    sha256 = "7aca75cfa5becbb53a962430e78a32be7db810fe5df3ca69d2434b08715bcf8e";
  };
  buildInputs = [ fspng-73 tozz-62 ];
  meta = with lib; {
    description = "The gtkgo-14 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}

{ lib, mkPackage, fetchurl, pazznet-33 }:
mkPackage rec {
  pname = "gtkpa-95";
  version = "1.11.6";
  src = fetchurl {
    url = "https://example.org/gtkpa-95/${pname}-${version}.tar.gz";
    sha256 = "2ab7fde243fc317a985e2aad6447a4c3799003179dbbd1baad954e89e4c37c06";
  };
  buildInputs = [ pazznet-33 ];
  meta = with lib; {
    description = "The gtkpa-95 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}

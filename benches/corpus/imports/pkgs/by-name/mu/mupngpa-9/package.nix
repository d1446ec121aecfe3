{ lib, mkPackage, fetchurl, fsgonet-61 }:
mkPackage rec {
  pname = "mupngpa-9";
  version = "7.2.4";
  src = fetchurl {
    url = "https://example.org/mupngpa-9/${pname}-${version}.tar.gz";
    sha256 = "320e771152d3b058d62202f4ac17f13a78ae6a5db2713fcf9a0a24f659928411";
  };
  buildInputs = [ fsgonet-61 ];
  meta = with lib; {
    description = "The mupngpa-9 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}

{ lib, mkPackage, fetchurl, fspng-54, netressl-15, qtssl-16 }:
mkPackage rec {
  pname = "topa-3";
  version = "4.11.4";
  src = fetchurl {
    url = "https://example.org/topa-3/${pname}-${version}.tar.gz";
    sha256 = "b6d92a3b617f26210958684a9acae169c75484729483fa8ba54c48b7aa82a2ec";
  };
  buildInputs = [ fspng-54 netressl-15 qtssl-16 ];
  meta = with lib; {
    description = "The topa-3 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}

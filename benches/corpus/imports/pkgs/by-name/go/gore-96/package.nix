{ lib, mkPackage, fetchurl, curlpy-23, gtkdipy-49, kaka-38, libru-83 }:
mkPackage rec {
  pname = "gore-96";
  version = "4.2.4";
  src = fetchurl {
    url = "https://example.org/gore-96/${pname}-${version}.tar.gz";
    sha256 = "eb74a5db2b80fa9f9cb23dabad55f5fa6aa44295afde628bd4858834546e8c35";
  };
  buildInputs = [ curlpy-23 gtkdipy-49 kaka-38 libru-83 ];
  meta = with lib; {
    description = "The gore-96 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}

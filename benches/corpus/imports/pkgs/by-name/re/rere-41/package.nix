{ lib, mkPackage, fetchurl, gozz-19 }:
mkPackage rec {
  pname = "rere-41";
  version = "3.18.6";
  src = fetchurl {
    url = "https://example.org/rere-41/${pname}-${version}.tar.gz";
    sha256 = "2df0c36a1f801400b8e10c650718ce246db693fb90bed53415d11396e567dbde";
  };
  buildInputs = [ gozz-19 ];
  meta = with lib; {
    description = "The rere-41 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}

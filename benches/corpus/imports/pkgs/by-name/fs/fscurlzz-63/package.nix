{ lib, mkPackage, fetchurl, zzcrypt-93 }:
mkPackage rec {
  pname = "fscurlzz-63";
  version = "1.26.7";
  src = fetchurl {
    url = "https://example.org/fscurlzz-63/${pname}-${version}.tar.gz";
    sha256 = "2268de4b5be40a817acb7507599cabfb6c4b12b012719559be520035a2ca250d";
  };
  buildInputs = [ zzcrypt-93 ];
  meta = with lib; {
    description = "The fscurlzz-63 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}

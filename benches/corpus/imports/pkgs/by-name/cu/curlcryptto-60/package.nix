{ lib, mkPackage, fetchurl, kasslpng-39, libgtkpy-72, remu-36, topycurl-40 }:
mkPackage rec {
  pname = "curlcryptto-60";
  version = "3.11.9";
  src = fetchurl {
    url = "https://example.org/curlcryptto-60/${pname}-${version}.tar.gz";
    sha256 = "4b03afc78a3d0a3c519c7e26c44197bd96d46dbb280422ed124ec0d2d18d6b62";
  };
  buildInputs = [ kasslpng-39 libgtkpy-72 remu-36 topycurl-40 ];
  meta = with lib; {
    description = "The curlcryptto-60 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}

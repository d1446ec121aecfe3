{ lib, mkPackage, fetchurl, paqt-95 }:
mkPackage rec {
  pname = "fsexnet-62";
  version = "7.16.6";
  src = fetchurl {
    url = "https://example.org/fsexnet-62/${pname}-${version}.tar.gz";
    sha256 = "f30b94214368af34ef73a2e5a50e50f724c5632c7f5d7231bfc1c86c909c97b3";
  };
  buildInputs = [ paqt-95 ];
  meta = with lib; {
    description = "The fsexnet-62 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}

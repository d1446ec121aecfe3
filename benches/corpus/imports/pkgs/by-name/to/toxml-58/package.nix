{ lib, mkPackage, fetchurl, papngpa-60 }:
mkPackage rec {
  pname = "toxml-58";
  version = "5.17.2";
  src = fetchurl {
    url = "https://example.org/toxml-58/${pname}-${version}.tar.gz";
    sha256 = "a0b63c94c3e34bd6d0bd6a1b27d51635f95177912279f4fe7abffdc1506b683e";
  };
  buildInputs = [ papngpa-60 ];
  meta = with lib; {
    description = "The toxml-58 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}

{ lib, mkPackage, fetchurl, fscurl-37 }:
mkPackage rec {
  pname = "exfs-18";
  version = "0.29.2";
  src = fetchurl {
    url = "https://example.org/exfs-18/${pname}-${version}.tar.gz";
    sha256 = "8d44eac1d3e9665147b6c97b24e4f4cc57f4a23d0c6ff2b882b565f139784d95";
  };
  buildInputs = [ fscurl-37 ];
  meta = with lib; {
    description = "The exfs-18 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}

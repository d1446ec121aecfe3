{ lib, mkPackage, fetchurl, dipngex-57, pngzzssl-10, pyexpa-90, zzcrypt-34 }:
mkPackage rec {
  pname = "fspng-45";
  version = "0.21.9";
  src = fetchurl {
    url = "https://example.org/fspng-45/${pname}-${version}.tar.gz";
    sha256 = "564f92fa0d259604ee6b79a00d1cc2264c70306001794db03bf1564946fa4fa0";
  };
  buildInputs = [ dipngex-57 pngzzssl-10 pyexpa-90 zzcrypt-34 ];
  meta = with lib; {
    description = "The fspng-45 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}

{ lib, mkPackage, fetchurl, fsgo-2, libgtkpy-72, papngpa-60 }:
mkPackage rec {
  pname = "libto-96";
  version = "6.27.5";
  src = fetchurl {
    url = "https://example.org/libto-96/${pname}-${version}.tar.gz";
    sha256 = "2abfe6bccedd322cf83e9bb02d66e7661c892176fbab9ab0e380c8d12a94e62a";
  };
  buildInputs = [ fsgo-2 libgtkpy-72 papngpa-60 ];
  meta = with lib; {
    description = "The libto-96 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}

{ lib, mkPackage, fetchurl, exrepng-97, fsgtkgo-45, netgtk-4, repa-26 }:
mkPackage rec {
  pname = "curlsslre-60";
  version = "8.3.5";
  src = fetchurl {
    url = "https://example.org/curlsslre-60/${pname}-${version}.tar.gz";
    sha256 = "000a611d9f460c0e43918cbb0fa6dbf052fd2abc142f15399b378213f921bba4";
  };
  buildInputs = [ exrepng-97 fsgtkgo-45 netgtk-4 repa-26 ];
  meta = with lib; {
    description = "The curlsslre-60 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}

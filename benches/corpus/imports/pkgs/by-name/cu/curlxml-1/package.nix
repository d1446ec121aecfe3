{ lib, mkPackage, fetchurl, libtoex-14, mupngpng-81, zzcurlto-72 }:
mkPackage rec {
  pname = "curlxml-1";
  version = "1.25.1";
  src = fetchurl {
    url = "https://example.org/curlxml-1/${pname}-${version}.tar.gz";
    sha256 = "7811bb138059d1469d79a3df81bb5e7cf2780bb2a27c66c88af6186ec4b3a5a2";
  };
  buildInputs = [ libtoex-14 mupngpng-81 zzcurlto-72 ];
  meta = with lib; {
    description = "The curlxml-1 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}

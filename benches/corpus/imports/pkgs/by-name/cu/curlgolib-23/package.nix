{ lib, mkPackage, fetchurl, excurl-8, muressl-26 }:
mkPackage rec {
  pname = "curlgolib-23";
  version = "1.4.6";
  src = fetchurl {
    url = "https://example.org/curlgolib-23/${pname}-${version}.tar.gz";
    sha256 = "d5f24e2b9c0dda57aa0ddc6d77265e03e63d50063f1954ae55dbbe005aebd53a";
  };
  buildInputs = [ excurl-8 muressl-26 ];
  meta = with lib; {
    description = "The curlgolib-23 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}

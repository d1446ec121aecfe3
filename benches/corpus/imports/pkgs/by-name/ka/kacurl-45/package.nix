{ lib, mkPackage, fetchurl, gtkkato-47, kaqtpy-61, pngpa-4, sslgitgit-46 }:
mkPackage rec {
  pname = "kacurl-45";
  version = "7.1.9";
  src = fetchurl {
    url = "https://example.org/kacurl-45/${pname}-${version}.tar.gz";
    sha256 = "92cb70f82383ecd8d7509dd8a78eb999dfcb774d2dcc490bf4844e60007ed1c7";
  };
  buildInputs = [ gtkkato-47 kaqtpy-61 pngpa-4 sslgitgit-46 ];
  meta = with lib; {
    description = "The kacurl-45 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}

{ lib, mkPackage, fetchurl, curlpa-48, curlpy-23, exru-39, gtkcrypt-66 }:
mkPackage rec {
  pname = "rudi-24";
  version = "6.25.2";
  src = fetchurl {
    url = "https://example.org/rudi-24/${pname}-${version}.tar.gz";
    sha256 = "5afc3da900e349fa7666f0e4de11ddbd6f62b32f38a9d33c261c997b9fb0d93b";
  };
  buildInputs = [ curlpa-48 curlpy-23 exru-39 gtkcrypt-66 ];
  meta = with lib; {
    description = "The rudi-24 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}

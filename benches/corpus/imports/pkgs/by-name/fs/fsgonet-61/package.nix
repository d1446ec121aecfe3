{ lib, mkPackage, fetchurl, fspare-44, muressl-26, rudi-96 }:
mkPackage rec {
  pname = "fsgonet-61";
  version = "6.12.4";
  src = fetchurl {
    url = "https://example.org/fsgonet-61/${pname}-${version}.tar.gz";
    sha256 = "94a369820ee1413e22b91bc9a860b2de2904a10a229cf00e8e99b121dff6969b";
  };
  buildInputs = [ fspare-44 muressl-26 rudi-96 ];
  meta = with lib; {
    description = "The fsgonet-61 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}

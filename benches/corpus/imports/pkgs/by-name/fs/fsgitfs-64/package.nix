{ lib, mkPackage, fetchurl, exdimu-25, fsgit-20, kagit-79, sslcurlpy-68 }:
mkPackage rec {
  pname = "fsgitfs-64";
  version = "5.19.3";
  src = fetchurl {
    url = "https://example.org/fsgitfs-64/${pname}-${version}.tar.gz";
    sha256 = "55708a52eb6733dee6d94054df0c73ea2706f3625dfc5ea8032b79924e25b70b";
  };
  buildInputs = [ exdimu-25 fsgit-20 kagit-79 sslcurlpy-68 ];
  meta = with lib; {
    description = "The fsgitfs-64 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}

{ lib, mkPackage, fetchurl, gozzpa-40, libzzpy-49 }:
mkPackage rec {
  pname = "pagit-54";
  version = "8.3.8";
  src = fetchurl {
    url = "https://example.org/pagit-54/${pname}-${version}.tar.gz";
    sha256 = "598020cb8b986991c848902280e5754d7a3af658442754d30b97eda8c7b8c2da";
  };
  buildInputs = [ gozzpa-40 libzzpy-49 ];
  meta = with lib; {
    description = "The pagit-54 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}

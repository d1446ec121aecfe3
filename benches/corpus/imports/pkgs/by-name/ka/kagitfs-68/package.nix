{ lib, mkPackage, fetchurl, exgogit-87, libnetex-99, pngpa-4 }:
mkPackage rec {
  pname = "kagitfs-68";
  version = "6.12.3";
  src = fetchurl {
    url = "https://example.org/kagitfs-68/${pname}-${version}.tar.gz";
    sha256 = "090b44098270f571329bf61992e5fdadd28927919a18d582352290f24e7a72cb";
  };
  buildInputs = [ exgogit-87 libnetex-99 pngpa-4 ];
  meta = with lib; {
    description = "The kagitfs-68 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}

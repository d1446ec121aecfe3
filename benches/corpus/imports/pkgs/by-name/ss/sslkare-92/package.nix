{ lib, mkPackage, fetchurl, cryptlibgo-18, gtkfsre-86 }:
mkPackage rec {
  pname = "sslkare-92";
  version = "8.4.8";
  src = fetchurl {
    url = "https://example.org/sslkare-92/${pname}-${version}.tar.gz";
    sha256 = "f838c1ed4990e192ca9c2c29da781f0cdd3b5042eb53f2412a892e586560cad2";
  };
  buildInputs = [ cryptlibgo-18 gtkfsre-86 ];
  meta = with lib; {
    description = "The sslkare-92 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}

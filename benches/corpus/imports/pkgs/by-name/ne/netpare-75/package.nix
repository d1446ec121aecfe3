{ lib, mkPackage, fetchurl, gtkcrypt-66, gtkfsxml-4, libgtkpy-72, netnet-68 }:
mkPackage rec {
  pname = "netpare-75";
  version = "4.0.2";
  src = fetchurl {
    url = "https://example.org/netpare-75/${pname}-${version}.tar.gz";
    sha256 = "b121471b3f9092653c7a01fb2b28de8093ca2eab932bca9060f7c417f3b87cbb";
  };
  buildInputs = [ gtkcrypt-66 gtkfsxml-4 libgtkpy-72 netnet-68 ];
  meta = with lib; {
    description = "The netpare-75 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}

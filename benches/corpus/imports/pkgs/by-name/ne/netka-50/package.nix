{ lib, mkPackage, fetchurl, cryptxmlpng-3, kasslpng-39, libpa-98, pyfs-43 }:
mkPackage rec {
  pname = "netka-50";
  version = "9.3.5";
  src = fetchurl {
    url = "https://example.org/netka-50/${pname}-${version}.tar.gz";
    sha256 = "e1e84edea9cfb5f2278f9dd2f05aab894f20423c6eb17bbfd39e2d382220c669";
  };
  buildInputs = [ cryptxmlpng-3 kasslpng-39 libpa-98 pyfs-43 ];
  meta = with lib; {
    description = "The netka-50 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}

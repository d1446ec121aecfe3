{ lib, mkPackage, fetchurl, curlexcrypt-22, gotodi-73, netpare-75, qtkago-11 }:
mkPackage rec {
  pname = "papngpa-60";
  version = "7.5.6";
  src = fetchurl {
    url = "https://example.org/papngpa-60/${pname}-${version}.tar.gz";
    sha256 = "1c5368b2662c65e61bb8659332a7f51e2eb389e125e3cf0245607129d7764deb";
  };
  buildInputs = [ curlexcrypt-22 gotodi-73 netpare-75 qtkago-11 ];
  meta = with lib; {
    description = "The papngpa-60 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}

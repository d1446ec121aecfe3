{ lib, mkPackage, fetchurl, exfscrypt-25, fsdissl-8, pycurlka-27, zzpy-99 }:
mkPackage rec {
  pname = "muto-43";
  version = "4.2.7";
  src = fetchurl {
    url = "https://example.org/muto-43/${pname}-${version}.tar.gz";
    sha256 = "d624f55e904d0cda9b5359029a8b950cef430aa9f0343ab453a82bbc0aee295b";
  };
  buildInputs = [ exfscrypt-25 fsdissl-8 pycurlka-27 zzpy-99 ];
  meta = with lib; {
    description = "The muto-43 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}

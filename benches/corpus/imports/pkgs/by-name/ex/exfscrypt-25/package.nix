{ lib, mkPackage, fetchurl, papngpa-60 }:
mkPackage rec {
  pname = "exfscrypt-25";
  version = "9.20.1";
  src = fetchurl {
    url = "https://example.org/exfscrypt-25/${pname}-${version}.tar.gz";
    sha256 = "a9da305ac4784bf209284f881f2f415f2e14123a271e16e8d7892cf6c46a4dce";
  };
  buildInputs = [ papngpa-60 ];
  meta = with lib; {
    description = "The exfscrypt-25 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}

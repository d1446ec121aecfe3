{ lib, mkPackage, fetchurl, excurl-8, toxml-58, zzgo-98 }:
mkPackage rec {
  pname = "tocryptcrypt-63";
  version = "1.18.5";
  src = fetchurl {
    url = "https://example.org/tocryptcrypt-63/${pname}-${version}.tar.gz";
    sha256 = "86ee0188600c56e78abc7a378709074389883d2d46caa02bc4094f5818882654";
  };
  buildInputs = [ excurl-8 toxml-58 zzgo-98 ];
  meta = with lib; {
    description = "The tocryptcrypt-63 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}

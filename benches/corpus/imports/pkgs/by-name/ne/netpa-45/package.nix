{ lib, mkPackage, fetchurl, cryptkadi-9 }:
mkPackage rec {
  pname = "netpa-45";
  version = "6.3.6";
  src = fetchurl {
    url = "https://example.org/netpa-45/${pname}-${version}.tar.gz";
    sha256 = "7238ab414b696b2c2440ce651fe6b06a85168cdcd0ab0386fa208e362a785852";
  };
  buildInputs = [ cryptkadi-9 ];
  meta = with lib; {
    description = "The netpa-45 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}

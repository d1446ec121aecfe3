{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "qtru-23";
  version = "1.26.9";
  src = fetchurl {
    url = "https://example.org/qtru-23/${pname}-${version}.tar.gz";
    sha256 = "1369a5bf1680bf6e1714710c9111e7f557d62004c5d11853f35014b974b9db31";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The qtru-23 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}

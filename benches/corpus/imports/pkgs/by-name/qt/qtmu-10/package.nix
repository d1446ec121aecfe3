{ lib, mkPackage, fetchurl, exdimu-25, netpare-75, pngpy-77 }:
mkPackage rec {
  pname = "qtmu-10";
  version = "2.19.1";
  src = fetchurl {
    url = "https://example.org/qtmu-10/${pname}-${version}.tar.gz";
    sha256 = "80dd0f4b1d8240bcbb660b05a27464509174b15409f3b0b111316bcee4f71a47";
  };
  buildInputs = [ exdimu-25 netpare-75 pngpy-77 ];
  meta = with lib; {
    description = "The qtmu-10 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}

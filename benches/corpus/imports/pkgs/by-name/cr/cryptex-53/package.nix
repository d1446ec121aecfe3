{ lib, mkPackage, fetchurl, regtk-37, togitzz-28, xmldiex-24 }:
mkPackage rec {
  pname = "cryptex-53";
  version = "3.10.8";
  src = fetchurl {
    url = "https://example.org/cryptex-53/${pname}-${version}.tar.gz";
    sha256 = "b522c8cf81d3661082a5754539b6130c46a8528e923567e49e834c463580fea1";
  };
  buildInputs = [ regtk-37 togitzz-28 xmldiex-24 ];
  meta = with lib; {
    description = "The cryptex-53 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}

{ lib, mkPackage, fetchurl, gotodi-73 }:
mkPackage rec {
  pname = "gitlib-80";
  version = "5.28.8";
  src = fetchurl {
    url = "https://example.org/gitlib-80/${pname}-${version}.tar.gz";
    sha256 = "b1be04326e9715233a06c5f94c7d3fcde8c3c859fb767b1c89871b7860e57c8a";
  };
  buildInputs = [ gotodi-73 ];
  meta = with lib; {
    description = "The gitlib-80 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}

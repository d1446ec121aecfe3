{ lib, mkPackage, fetchurl, curlmu-48 }:
mkPackage rec {
  pname = "cryptzzcurl-81";
  version = "1.25.6";
  src = fetchurl {
    url = "https://example.org/cryptzzcurl-81/${pname}-${version}.tar.gz";
    sha256 = "1ad4c003acc6cf0d90b4c951c9c6f92511c49cac58dc3cf8e8ef74c5aaae23d3";
  };
  buildInputs = [ curlmu-48 ];
  meta = with lib; {
    description = "The cryptzzcurl-81 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}

{ lib, mkPackage, fetchurl, gitcurl-60, topycurl-40 }:
mkPackage rec {
  pname = "curlmu-48";
  version = "2.11.4";
  src = fetchurl {
    url = "https://example.org/curlmu-48/${pname}-${version}.tar.gz";
    sha256 = "cd5ee2b7c84cdf5a6a95eca6c74250e0608244a7a8ea3e083fe82ecaf4d94896";
  };
  buildInputs = [ gitcurl-60 topycurl-40 ];
  meta = with lib; {
    description = "The curlmu-48 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}

{ lib, mkPackage, fetchurl, curlto-0, dilibssl-79, fspngpa-90, kapng-42 }:
mkPackage rec {
  pname = "curlpa-55";
  version = "3.26.0";
  src = fetchurl {
    url = "https://example.org/curlpa-55/${pname}-${version}.tar.gz";
    sha256 = "2405e38ef12fb6114ccfb72fa5977218b185836d8d0bfd2e993f68b585c5b525";
  };
  buildInputs = [ curlto-0 dilibssl-79 fspngpa-90 kapng-42 ];
  meta = with lib; {
    description = "The curlpa-55 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}

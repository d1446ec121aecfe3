{ lib, mkPackage, fetchurl, curlpa-79, kasslpng-39, refsgo-89, tonet-31 }:
mkPackage rec {
  pname = "pyssl-66";
  version = "2.20.9";
  src = fetchurl {
    url = "https://example.org/pyssl-66/${pname}-${version}.tar.gz";
    sha256 = "5e16a0327de789efe04c6d21af054b104a200f8412eb55934c7cfd90d19572a0";
  };
  buildInputs = [ curlpa-79 kasslpng-39 refsgo-89 tonet-31 ];
  meta = with lib; {
    description = "The pyssl-66 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}

{ lib, mkPackage, fetchurl, libssl-49 }:
mkPackage rec {
  pname = "gogitnet-19";
  version = "5.19.2";
  src = fetchurl {
    url = "https://example.org/gogitnet-19/${pname}-${version}.tar.gz";
    sha256 = "7259754a9056988886be86e049c6bed58acfb345a931c03d4d6eb297e61dab10";
  };
  buildInputs = [ libssl-49 ];
  meta = with lib; {
    description = "The gogitnet-19 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}

{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "pacurlssl-51";
  version = "3.10.6";
  src = fetchurl {
    url = "https://example.org/pacurlssl-51/${pname}-${version}.tar.gz";
    sha256 = "bb21a8652254561af430ebe2929d25e122686caee8e4c66110ccdf338685896f";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The pacurlssl-51 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}

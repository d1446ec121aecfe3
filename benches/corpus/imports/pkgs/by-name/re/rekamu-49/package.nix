{ lib, mkPackage, fetchurl, gitdi-76 }:
mkPackage rec {
  pname = "rekamu-49";
  version = "3.8.2";
  src = fetchurl {
    url = "https://example.org/rekamu-49/${pname}-${version}.tar.gz";
    sha256 = "2ed7f5b98d5302b3bf70f76cec9063f020dad5d9b4630ca87c18e1b2ecb3be16";
  };
  buildInputs = [ gitdi-76 ];
  meta = with lib; {
    description = "The rekamu-49 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}

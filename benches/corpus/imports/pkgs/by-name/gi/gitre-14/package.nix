{ lib, mkPackage, fetchurl, pygopy-28, togit-4, tozzqt-96, xmlzz-77 }:
mkPackage rec {
  pname = "gitre-14";
  version = "8.4.9";
  src = fetchurl {
    url = "https://example.org/gitre-14/${pname}-${version}.tar.gz";
    sha256 = "2b27df63709356c552336404d41fbac4447f09a5e4a440455408401e84a58d88";
  };
  buildInputs = [ pygopy-28 togit-4 tozzqt-96 xmlzz-77 ];
  meta = with lib; {
    description = "The gitre-14 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}

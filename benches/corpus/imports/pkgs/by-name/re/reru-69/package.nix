{ lib, mkPackage, fetchurl, curlmu-48, zzpy-99 }:
mkPackage rec {
  pname = "reru-69";
  version = "0.26.3";
  src = fetchurl {
    url = "https://example.org/reru-69/${pname}-${version}.tar.gz";
    sha256 = "196bc084b49101a96d7ea460063299baf9146cc5b57475179be9139683c53619";
  };
  buildInputs = [ curlmu-48 zzpy-99 ];
  meta = with lib; {
    description = "The reru-69 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}

{ lib, mkPackage, fetchurl, pngpyre-76, tofs-24 }:
mkPackage rec {
  pname = "expng-66";
  version = "8.5.0";
  src = fetchurl {
    url = "https://example.org/expng-66/${pname}-${version}.tar.gz";
    sha256 = "07abfc63467cdb84532ce4107a73a740f3adcc0c59947bb3ee5fec478ed76c64";
  };
  buildInputs = [ pngpyre-76 tofs-24 ];
  meta = with lib; {
    description = "The expng-66 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}

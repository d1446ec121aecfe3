{ lib, mkPackage, fetchurl, cryptzzcurl-81, gitzz-74, zzcurlto-72 }:
mkPackage rec {
  pname = "pngrego-13";
  version = "6.22.5";
  src = fetchurl {
    url = "https://example.org/pngrego-13/${pname}-${version}.tar.gz";
    sha256 = "51301ab5230edc36c3bc621b76e9cc5603fab192c81b80632c3419c6ba323a19";
  };
  buildInputs = [ cryptzzcurl-81 gitzz-74 zzcurlto-72 ];
  meta = with lib; {
    description = "The pngrego-13 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}

{ lib, mkPackage, fetchurl, gtkcrypt-66, gtkdipy-49 }:
mkPackage rec {
  pname = "libtoex-14";
  version = "5.16.4";
  src = fetchurl {
    url = "https://example.org/libtoex-14/${pname}-${version}.tar.gz";
    sha256 = "b9eb10cdfceb52e82c7c78927de3690797df3915187d3a5eb0c4500432bb9fa7";
  };
  buildInputs = [ gtkcrypt-66 gtkdipy-49 ];
  meta = with lib; {
    description = "The libtoex-14 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}

{ lib, mkPackage, fetchurl, gtkdi-48, netexgit-81, regoka-22, xmlpanet-97 }:
mkPackage rec {
  pname = "fstolib-50";
  version = "9.22.8";
  src = fetchurl {
    url = "https://example.org/fstolib-50/${pname}-${version}.tar.gz";
    sha256 = "e6ff1ea7dd85149823e11faeca85cd39c2393fac9640a6f00024470c9f8999e8";
  };
  buildInputs = [ gtkdi-48 netexgit-81 regoka-22 xmlpanet-97 ];
  meta = with lib; {
    description = "The fstolib-50 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}

{ lib, mkPackage, fetchurl, gitlib-80, netcurllib-8, rupa-68, togo-77 }:
mkPackage rec {
  pname = "libexre-26";
  version = "7.2.4";
  src = fetchurl {
    url = "https://example.org/libexre-26/${pname}-${version}.tar.gz";
    sha256 = "81fb1adbf8b464a526b498c583d3f037b364b76c54d8efb23442262528b7a6fc";
  };
  buildInputs = [ gitlib-80 netcurllib-8 rupa-68 togo-77 ];
  meta = with lib; {
    description = "The libexre-26 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}

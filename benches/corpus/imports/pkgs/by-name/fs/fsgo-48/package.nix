{ lib, mkPackage, fetchurl, pyexpa-90, refsgo-89, remupa-15, zzcurlto-72 }:
mkPackage rec {
  pname = "fsgo-48";
  version = "3.1.1";
  src = fetchurl {
    url = "https://example.org/fsgo-48/${pname}-${version}.tar.gz";
    sha256 = "eb5e3fac1ee6ba3ed17cf0f12c94b01a8ffd5568f7e42266ec03f8a955e9d3af";
  };
  buildInputs = [ pyexpa-90 refsgo-89 remupa-15 zzcurlto-72 ];
  meta = with lib; {
    description = "The fsgo-48 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}

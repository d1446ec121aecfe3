{ lib, mkPackage, fetchurl, rego-97 }:
mkPackage rec {
  pname = "gocurl-93";
  version = "6.9.6";
  src = fetchurl {
    url = "https://example.org/gocurl-93/${pname}-${version}.tar.gz";
    sha256 = "eb5f56bd41fd9f4b78dd3503f9e572995d9731b569fbe4ebd46f6137f51fbf88";
  };
  buildInputs = [ rego-97 ];
  meta = with lib; {
    description = "The gocurl-93 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}

{ lib, mkPackage, fetchurl, exgit-82, munetka-12, pngzzssl-10, topycurl-40 }:
mkPackage rec {
  pname = "rugoka-34";
  version = "4.15.4";
  src = fetchurl {
    url = "https://example.org/rugoka-34/${pname}-${version}.tar.gz";
    sha256 = "a1b7d27e87fc5ef56788fa53d185e6efbb8ab013cd7e7c4801f77d2fe7aa53ca";
  };
  buildInputs = [ exgit-82 munetka-12 pngzzssl-10 topycurl-40 ];
  meta = with lib; {
    description = "The rugoka-34 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}

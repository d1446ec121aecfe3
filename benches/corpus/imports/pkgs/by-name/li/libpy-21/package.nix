{ lib, mkPackage, fetchurl, gitgogit-81, kagtk-49, sslzz-56, xmlpng-12 }:
mkPackage rec {
  pname = "libpy-21";
  version = "4.4.0";
  src = fetchurl {
    url = "https://example.org/libpy-21/${pname}-${version}.tar.gz";
    sha256 = "09d52b5cdfc4c5c1cc9ac936454711d41db54581a4663a8116dd7df5748cc853";
  };
  buildInputs = [ gitgogit-81 kagtk-49 sslzz-56 xmlpng-12 ];
  meta = with lib; {
    description = "The libpy-21 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}

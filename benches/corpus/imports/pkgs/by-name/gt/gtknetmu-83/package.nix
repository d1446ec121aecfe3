{ lib, mkPackage, fetchurl, gitgogit-81, gitmu-19, pngzzssl-10, regoka-22 }:
mkPackage rec {
  pname = "gtknetmu-83";
  version = "8.5.9";
  src = fetchurl {
    url = "https://example.org/gtknetmu-83/${pname}-${version}.tar.gz";
    sha256 = "6c3917fae251e1eb11236126e64f1125a759eb540538bb67c43fefb67c598ced";
  };
  buildInputs = [ gitgogit-81 gitmu-19 pngzzssl-10 regoka-22 ];
  meta = with lib; {
    description = "The gtknetmu-83 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}

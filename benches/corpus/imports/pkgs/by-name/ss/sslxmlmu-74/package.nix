{ lib, mkPackage, fetchurl, xmlgtk-86 }:
mkPackage rec {
  pname = "sslxmlmu-74";
  version = "2.25.3";
  src = fetchurl {
    url = "https://example.org/sslxmlmu-74/${pname}-${version}.tar.gz";
    sha256 = "b744dc197ecfbd9d8c0c997850c92d23ee794f8fc1b8bc5234e1b5c7a05a27bf";
  };
  buildInputs = [ xmlgtk-86 ];
  meta = with lib; {
    description = "The sslxmlmu-74 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}

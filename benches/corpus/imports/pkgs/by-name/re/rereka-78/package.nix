{ lib, mkPackage, fetchurl, gorere-87, pazz-13, rugoqt-11 }:
mkPackage rec {
  pname = "rereka-78";
  version = "2.7.0";
  src = fetchurl {
    url = "https://example.org/rereka-78/${pname}-${version}.tar.gz";
    sha256 = "83100aa5cd23685f1da57151364ab2cf9e64b0b13eec44bfba9274a3d4218199";
  };
  buildInputs = [ gorere-87 pazz-13 rugoqt-11 ];
  meta = with lib; {
    description = "The rereka-78 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}

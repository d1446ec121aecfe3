{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "curlgitxml-27";
  version = "4.11.6";
  src = fetchurl {
    url = "https://example.org/curlgitxml-27/${pname}-${version}.tar.gz";
    sha256 = "fbf8d4e99a341ebc73809842caf9cce0c782b8d3a8b6be4920b802c5d8efec4d";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The curlgitxml-27 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}

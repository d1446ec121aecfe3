{ lib, mkPackage, fetchurl, gitgtkxml-40, qtnet-32, remupa-15, xmlmupy-5 }:
mkPackage rec {
  pname = "pngfsssl-77";
  version = "8.10.8";
  src = fetchurl {
    url = "https://example.org/pngfsssl-77/${pname}-${version}.tar.gz";
    sha256 = "d5c22eaf5b0319f947c13d3349694fc145ddf67d686130e5efa4e9810fd869d2";
  };
  buildInputs = [ gitgtkxml-40 qtnet-32 remupa-15 xmlmupy-5 ];
  meta = with lib; {
    description = "The pngfsssl-77 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}

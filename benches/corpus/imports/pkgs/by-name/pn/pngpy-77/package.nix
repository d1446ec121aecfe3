{ lib, mkPackage, fetchurl, fscurl-37, gitgogit-81, kasslpng-39 }:
mkPackage rec {
  pname = "pngpy-77";
  version = "5.22.7";
  src = fetchurl {
    url = "https://example.org/pngpy-77/${pname}-${version}.tar.gz";
    sha256 = "4976591e6cac4f4e60481d16d9079f24799737dd215900ad22a285038d572ee8";
  };
  buildInputs = [ fscurl-37 gitgogit-81 kasslpng-39 ];
  meta = with lib; {
    description = "The pngpy-77 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}

{ lib, mkPackage, fetchurl, gogitnet-19, gopy-31, pazznet-33 }:
mkPackage rec {
  pname = "pyrugtk-38";
  version = "6.7.9";
  src = fetchurl {
    url = "https://example.org/pyrugtk-38/${pname}-${version}.tar.gz";
    sha256 = "5f3d5d75d771035b8899466b9ba524de2a996806d89da3fef470ffd0ac83bb48";
  };
  buildInputs = [ gogitnet-19 gopy-31 pazznet-33 ];
  meta = with lib; {
    description = "The pyrugtk-38 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}

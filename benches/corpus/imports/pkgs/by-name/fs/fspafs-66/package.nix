{ lib, mkPackage, fetchurl, exxmlnet-70, fsexnet-62, netcurllib-8 }:
mkPackage rec {
  pname = "fspafs-66";
  version = "4.30.2";
  src = fetchurl {
    url = "https://example.org/fspafs-66/${pname}-${version}.tar.gz";
    sha256 = "dcb03d41af199c07a71ca134423b25aeae4f939f07cf260070836c4b83093d84";
  };
  buildInputs = [ exxmlnet-70 fsexnet-62 netcurllib-8 ];
  meta = with lib; {
    description = "The fspafs-66 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}

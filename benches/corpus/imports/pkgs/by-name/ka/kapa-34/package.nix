{ lib, mkPackage, fetchurl, fsdissl-8, gtkcrypt-66, kagit-79, regoka-22 }:
mkPackage rec {
  pname = "kapa-34";
  version = "0.21.2";
  src = fetchurl {
    url = "https://example.org/kapa-34/${pname}-${version}.tar.gz";
    sha256 = "932a35119d4cc811bfe1c0e81e90240b140fbd0680336638ce1cc35697236718";
  };
  buildInputs = [ fsdissl-8 gtkcrypt-66 kagit-79 regoka-22 ];
  meta = with lib; {
    description = "The kapa-34 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}

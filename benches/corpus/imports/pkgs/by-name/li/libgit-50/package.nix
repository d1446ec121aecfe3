{ lib, mkPackage, fetchurl, exssl-15, pyparu-33, rudi-96 }:
mkPackage rec {
  pname = "libgit-50";
  version = "5.28.9";
  src = fetchurl {
    url = "https://example.org/libgit-50/${pname}-${version}.tar.gz";
    sha256 = "c271826a27216d25d27166fef7150ae59496c799fb9fc3eda8ac5b3b8ccc76bb";
  };
  buildInputs = [ exssl-15 pyparu-33 rudi-96 ];
  meta = with lib; {
    description = "The libgit-50 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}

{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "zzex-78";
  version = "2.26.5";
  src = fetchurl {
    url = "https://example.org/zzex-78/${pname}-${version}.tar.gz";
    sha256 = "678fe442e6c57e082207d0c4a0e6d19c2d34e53786b0a167e14a663e77f7be06";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The zzex-78 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}

{ lib, mkPackage, fetchurl, gorere-87, pyxml-31, rugoka-34 }:
mkPackage rec {
  pname = "sslsslpa-24";
  version = "7.19.2";
  src = fetchurl {
    url = "https://example.org/sslsslpa-24/${pname}-${version}.tar.gz";
    sha256 = "9d4a3315160dcb29e713d11136c86b148b3a1c8e13ec09e504ae590b1e952067";
  };
  buildInputs = [ gorere-87 pyxml-31 rugoka-34 ];
  meta = with lib; {
    description = "The sslsslpa-24 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}

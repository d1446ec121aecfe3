{ lib, mkPackage, fetchurl, gitcurl-60 }:
mkPackage rec {
  pname = "fscurl-37";
  version = "3.0.5";
  src = fetchurl {
    url = "https://example.org/fscurl-37/${pname}-${version}.tar.gz";
    sha256 = "3d446c4bc39c7b16599bbb4a8e92dee5d5101956107cafa64eed89d30e486fe2";
  };
  buildInputs = [ gitcurl-60 ];
  meta = with lib; {
    description = "The fscurl-37 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}

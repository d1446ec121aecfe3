{ lib, mkPackage, fetchurl, cryptzzcurl-81 }:
mkPackage rec {
  pname = "curlrunet-97";
  version = "5.12.2";
  src = fetchurl {
    url = "https://example.org/curlrunet-97/${pname}-${version}.tar.gz";
    sha256 = "304954fb4d1c75d05c2791f9d924be81227773df02772b699cf5dbd995afa601";
  };
  buildInputs = [ cryptzzcurl-81 ];
  meta = with lib; {
    description = "The curlrunet-97 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}

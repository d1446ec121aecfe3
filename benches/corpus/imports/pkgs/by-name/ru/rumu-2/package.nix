{ lib, mkPackage, fetchurl, fsssl-44, tomu-48 }:
mkPackage rec {
  pname = "rumu-2";
  version = "2.29.6";
  src = fetchurl {
    url = "https://example.org/rumu-2/${pname}-${version}.tar.gz";
    sha256 = "dc1cbc10ccb64c54ab747b3f7a19c5a01beafeb5b1b7b04da542a193edf1f205";
  };
  buildInputs = [ fsssl-44 tomu-48 ];
  meta = with lib; {
    description = "The rumu-2 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}

{ lib, mkPackage, fetchurl, kasslzz-47 }:
mkPackage rec {
  pname = "gitzz-36";
  version = "8.8.5";
  src = fetchurl {
    url = "https://example.org/gitzz-36/${pname}-${version}.tar.gz";
    sha256 = "26cee81f1c04e33fc324016c5cbd169afbb17ec4c7f4a780151b671252d5f38c";
  };
  buildInputs = [ kasslzz-47 ];
  meta = with lib; {
    description = "The gitzz-36 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}

{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "kacurl-2";
  version = "5.2.8";
  src = fetchurl {
    url = "https://example.org/kacurl-2/${pname}-${version}.tar.gz";
    sha256 = "f71188c98847c2f1274e7a143f432e0fce646782a44c1f3eecd763432e2801f6";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The kacurl-2 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}

{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "cryptlib-95";
  version = "3.7.3";
  src = fetchurl {
    url = "https://example.org/cryptlib-95/${pname}-${version}.tar.gz";
    sha256 = "d0297bfc80bdd65cdd6f7497b5592eafd62bede8bd6c19f04df4db0df642a6cb";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The cryptlib-95 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}

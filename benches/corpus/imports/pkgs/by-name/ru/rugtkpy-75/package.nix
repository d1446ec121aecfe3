{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "rugtkpy-75";
  version = "0.5.2";
  src = fetchurl {
    url = "https://example.org/rugtkpy-75/${pname}-${version}.tar.gz";
    sha256 = "e5801277cd1b51d335e41b7d974e2bec04a219ac3972bb4de580ae554a69414b";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The rugtkpy-75 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}

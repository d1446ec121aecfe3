{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "kasslto-45";
  version = "0.29.4";
  src = fetchurl {
    url = "https://example.org/kasslto-45/${pname}-${version}.tar.gz";
    sha256 = "b982a6c1191e413bf4abc9350ea4e904fc182fc1bbed8ed8dcd22485c45ba134";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The kasslto-45 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}

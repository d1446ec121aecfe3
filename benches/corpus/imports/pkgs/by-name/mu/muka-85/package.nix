{ lib, mkPackage, fetchurl, fsgitfs-64, tofsnet-69 }:
mkPackage rec {
  pname = "muka-85";
  version = "0.30.9";
  src = fetchurl {
    url = "https://example.org/muka-85/${pname}-${version}.tar.gz";
    sha256 = "2ab475706378a875fba074c662d9c87c5f0c36e249b8a9c1e68bf9322b1abda7";
  };
  buildInputs = [ fsgitfs-64 tofsnet-69 ];
  meta = with lib; {
    description = "The muka-85 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}

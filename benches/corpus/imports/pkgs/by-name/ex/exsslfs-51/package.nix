{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "exsslfs-51";
  version = "8.14.5";
  src = fetchurl {
    url = "https://example.org/exsslfs-51/${pname}-${version}.tar.gz";
    sha256 = "565a7e35285530d19aaafe1dd0a2fcca4881b10287a9584a1ae0446ce74bb532";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The exsslfs-51 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}

{ lib, mkPackage, fetchurl, digitpng-38, tokafs-84 }:
mkPackage rec {
  pname = "cryptzz-68";
  version = "4.17.3";
  src = fetchurl {
    url = "https://example.org/cryptzz-68/${pname}-${version}.tar.gz";
    sha256 = "9038ec74d9cf1733421b7a2aca75eb4bec2b0e23cde2ef658565da9b9e4d6caf";
  };
  buildInputs = [ digitpng-38 tokafs-84 ];
  meta = with lib; {
    description = "The cryptzz-68 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}

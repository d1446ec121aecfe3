{ lib, mkPackage, fetchurl, cryptcrypt-46, gitlib-80, gitrenet-75 }:
mkPackage rec {
  pname = "exzz-85";
  version = "6.1.1";
  src = fetchurl {
    url = "https://example.org/exzz-85/${pname}-${version}.tar.gz";
    sha256 = "873854411f17489ff630d8601bd6bca278f91fe2a23b5726190c5f412ca51f92";
  };
  buildInputs = [ cryptcrypt-46 gitlib-80 gitrenet-75 ];
  meta = with lib; {
    description = "The exzz-85 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}

{ lib, mkPackage, fetchurl, tofs-24, xmlcryptcrypt-70 }:
mkPackage rec {
  pname = "dikagtk-35";
  version = "3.10.5";
  src = fetchurl {
    url = "https://example.org/dikagtk-35/${pname}-${version}.tar.gz";
    sha256 = "118a9856743d9bb088c41098c8c2f4e3b768a34d726992d839127476345d0ff8";
  };
  buildInputs = [ tofs-24 xmlcryptcrypt-70 ];
  meta = with lib; {
    description = "The dikagtk-35 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}

{ lib, mkPackage, fetchurl, ditomu-37 }:
mkPackage rec {
  pname = "cryptfscrypt-34";
  version = "3.0.9";
  src = fetchurl {
    url = "https://example.org/cryptfscrypt-34/${pname}-${version}.tar.gz";
    sha256 = "f8d6c3e5db2bc8d61ee4d04dfbfa696562028a9239a88e839a7e4012fa87e9f9";
  };
  buildInputs = [ ditomu-37 ];
  meta = with lib; {
    description = "The cryptfscrypt-34 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}

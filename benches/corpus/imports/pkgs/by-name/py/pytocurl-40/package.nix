{ lib, mkPackage, fetchurl, gitru-57, pngpy-77, remupa-15 }:
mkPackage rec {
  pname = "pytocurl-40";
  version = "0.11.8";
  src = fetchurl {
    url = "https://example.org/pytocurl-40/${pname}-${version}.tar.gz";
    sha256 = "c4a0cbdddff29be9423e9757346bca0f7c5b08ccec3a4b60ad5bbbad5925c198";
  };
  buildInputs = [ gitru-57 pngpy-77 remupa-15 ];
  meta = with lib; {
    description = "The pytocurl-40 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}

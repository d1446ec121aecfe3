{ lib, mkPackage, fetchurl, topycurl-40, zzcrypt-34, zzcurlto-72 }:
mkPackage rec {
  pname = "gitgogit-81";
  version = "0.19.5";
  src = fetchurl {
    url = "https://example.org/gitgogit-81/${pname}-${version}.tar.gz";
    sha256 = "995c267165c230ce16b2723a63b5f66e1d2c00e10e3d5e2bfab658b212c4cbfd";
  };
  buildInputs = [ topycurl-40 zzcrypt-34 zzcurlto-72 ];
  meta = with lib; {
    description = "The gitgogit-81 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}

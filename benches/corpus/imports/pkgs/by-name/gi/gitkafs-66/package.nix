{ lib, mkPackage, fetchurl, curlexcrypt-22, libxmlto-58, mussl-42, zzcrypt-34 }:
mkPackage rec {
  pname = "gitkafs-66";
  version = "6.5.7";
  src = fetchurl {
    url = "https://example.org/gitkafs-66/${pname}-${version}.tar.gz";
    sha256 = "023ae9df3fdff76a0969b032f18bc28574c372d3994e05b43214d7618cbe9713";
  };
  buildInputs = [ curlexcrypt-22 libxmlto-58 mussl-42 zzcrypt-34 ];
  meta = with lib; {
    description = "The gitkafs-66 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}

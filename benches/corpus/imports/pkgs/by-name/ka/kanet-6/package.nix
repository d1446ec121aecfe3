{ lib, mkPackage, fetchurl, pycrypt-77, sslnet-89, zzcrypt-32 }:
mkPackage rec {
  pname = "kanet-6";
  version = "2.27.3";
  src = fetchurl {
    url = "https://example.org/kanet-6/${pname}-${version}.tar.gz";
    sha256 = "c8ee1e1460127a59f34fd49428398d9b9c578ba4000f900478fc6ff397ef56d1";
  };
  buildInputs = [ pycrypt-77 sslnet-89 zzcrypt-32 ];
  meta = with lib; {
    description = "The kanet-6 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}

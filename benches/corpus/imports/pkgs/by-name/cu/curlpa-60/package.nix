{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "curlpa-60";
  version = "5.21.8";
  src = fetchurl {
    url = "https://example.org/curlpa-60/${pname}-${version}.tar.gz";
    sha256 = "3966a3d72ca7e4dfa92f57c8a0d7c9c10838ece2b4c7950f59c8127acc57387d";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The curlpa-60 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}

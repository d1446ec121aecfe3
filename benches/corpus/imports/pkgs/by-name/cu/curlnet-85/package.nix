{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "curlnet-85";
  version = "8.8.0";
  src = fetchurl {
    url = "https://example.org/curlnet-85/${pname}-${version}.tar.gz";
    sha256 = "1de278b75c1f3d648a8e5f8d2120ba14313130adc2f5f8f78d2f4fd5477b2107";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The curlnet-85 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}

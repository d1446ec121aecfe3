{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "exrepa-27";
  version = "8.6.5";
  src = fetchurl {
    url = "https://example.org/exrepa-27/${pname}-${version}.tar.gz";
    sha256 = "b33b224a2442b61eaed66a43c43597ab3a8a10d187786d92789f5e3b6c8ed929";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The exrepa-27 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}

{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "pyqtgo-5";
  version = "1.18.0";
  src = fetchurl {
    url = "https://example.org/pyqtgo-5/${pname}-${version}.tar.gz";
    sha256 = "8f61eb209d8ef4157a23882417b4782ce6bb121779546a42fddffdd7dde81a7b";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The pyqtgo-5 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}

{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "torepa-38";
  version = "1.27.5";
  src = fetchurl {
    url = "https://example.org/torepa-38/${pname}-${version}.tar.gz";
    sha256 = "c155c51fb7c2d42914d267760ea0494a6457813f4607a26732a8737324a8c602";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The torepa-38 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}

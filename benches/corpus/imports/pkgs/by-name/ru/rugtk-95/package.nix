{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "rugtk-95";
  version = "3.2.0";
  src = fetchurl {
    url = "https://example.org/rugtk-95/${pname}-${version}.tar.gz";
    sha256 = "f721a972949ea418c7dcdb289fad44a816c927baecbfe82ece8c78f2b13c6eee";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The rugtk-95 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}

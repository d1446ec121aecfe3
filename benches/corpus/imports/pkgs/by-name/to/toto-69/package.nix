{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "toto-69";
  version = "2.26.5";
  src = fetchurl {
    url = "https://example.org/toto-69/${pname}-${version}.tar.gz";
    sha256 = "a20bd700fe1a4cb971b23697a344e8fabc615bbc47f3130835a51d2e9cc0fe1c";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The toto-69 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}

{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "rupapng-6";
  version = "6.15.2";
  src = fetchurl {
    url = "https://example.org/rupapng-6/${pname}-${version}.tar.gz";
    sha256 = "068301ad80af07ae6a973712cdbe33e5aef22708a5a6265ca0ee92de9176c5f8";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The rupapng-6 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}

{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "gitcurl-60";
  version = "6.0.7";
  src = fetchurl {
    url = "https://example.org/gitcurl-60/${pname}-${version}.tar.gz";
    sha256 = "6717f6f5f6a512857f8cd957e506a9ee745336b053d68ce85f4b985ca0270b9e";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The gitcurl-60 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}

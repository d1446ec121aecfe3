{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "curlgit-98";
  version = "8.7.8";
  src = fetchurl {
    url = "https://example.org/curlgit-98/${pname}-${version}.tar.gz";
    sha256 = "75b1bb29eda16b708ba53e537eeb4988e9cf747f92176cc59bbfbfc5dca7e75a";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The curlgit-98 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}

{ lib, mkPackage, fetchurl, curlmu-48, fscurl-37, gitcurl-60, pngpago-75 }:
mkPackage rec {
  pname = "rere-47";
  version = "0.24.9";
  src = fetchurl {
    url = "https://example.org/rere-47/${pname}-${version}.tar.gz";
    sha256 = "a2ec0f8863996fd082c43a033ff4e9aded60725072714db7595b09b28b34c4e7";
  };
  buildInputs = [ curlmu-48 fscurl-37 gitcurl-60 pngpago-75 ];
  meta = with lib; {
    description = "The rere-47 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}

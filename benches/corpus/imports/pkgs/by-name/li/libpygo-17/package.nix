{ lib, mkPackage, fetchurl, curlgitxml-27, kanet-6 }:
mkPackage rec {
  pname = "libpygo-17";
  version = "4.30.8";
  src = fetchurl {
    url = "https://example.org/libpygo-17/${pname}-${version}.tar.gz";
    sha256 = "aa92887da00383f58285841dda301343e7912aafd1e4c075daad3c85a04c02c7";
  };
  buildInputs = [ curlgitxml-27 kanet-6 ];
  meta = with lib; {
    description = "The libpygo-17 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}

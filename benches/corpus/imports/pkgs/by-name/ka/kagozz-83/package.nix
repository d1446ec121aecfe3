{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "kagozz-83";
  version = "6.17.9";
  src = fetchurl {
    url = "https://example.org/kagozz-83/${pname}-${version}.tar.gz";
    sha256 = "4fb8f677a8f9b48c282a2f3fe5e49ca9c7128f444511ea2a266653f9b78fc51a";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The kagozz-83 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}

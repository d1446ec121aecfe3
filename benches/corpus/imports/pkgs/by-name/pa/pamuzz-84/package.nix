{ lib, mkPackage, fetchurl, cryptlibgo-18, curlsslre-60, mugolib-60 }:
mkPackage rec {
  pname = "pamuzz-84";
  version = "9.8.1";
  src = fetchurl {
    url = "https://example.org/pamuzz-84/${pname}-${version}.tar.gz";
    sha256 = "11b533e4c19d664666994a79461273a23542e54157c6116662ffa9d9268ed21c";
  };
  buildInputs = [ cryptlibgo-18 curlsslre-60 mugolib-60 ];
  meta = with lib; {
    description = "The pamuzz-84 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}

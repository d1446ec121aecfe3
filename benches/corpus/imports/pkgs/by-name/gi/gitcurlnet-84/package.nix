{ lib, mkPackage, fetchurl, cryptlibgo-18, gittoex-55, qtpa-99 }:
mkPackage rec {
  pname = "gitcurlnet-84";
  version = "4.3.4";
  src = fetchurl {
    url = "https://example.org/gitcurlnet-84/${pname}-${version}.tar.gz";
    sha256 = "f5fa5e26b8c1a762661518ab218f1ff74b83316b7a2959cf96b297e009166098";
  };
  buildInputs = [ cryptlibgo-18 gittoex-55 qtpa-99 ];
  meta = with lib; {
    description = "The gitcurlnet-84 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}

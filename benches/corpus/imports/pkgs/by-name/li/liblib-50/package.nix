{ lib, mkPackage, fetchurl, curlpa-48, gtkcrypt-66, netexgit-81, netgtkex-56 }:
mkPackage rec {
  pname = "liblib-50";
  version = "4.13.8";
  src = fetchurl {
    url = "https://example.org/liblib-50/${pname}-${version}.tar.gz";
    sha256 = "dc792f6179f8c131c5b14d173248e46091299a7b1a9cb69ee6dfa2f6990ed6f5";
  };
  buildInputs = [ curlpa-48 gtkcrypt-66 netexgit-81 netgtkex-56 ];
  meta = with lib; {
    description = "The liblib-50 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}

{ lib, mkPackage, fetchurl, curlpy-23, exru-39, netnet-68, qtkago-11 }:
mkPackage rec {
  pname = "expapng-49";
  version = "7.17.4";
  src = fetchurl {
    url = "https://example.org/expapng-49/${pname}-${version}.tar.gz";
    sha256 = "e3060b5d5edf59e4e4b7b8f7c12f7e2e1808c3f208566c1d73ca326abc32939e";
  };
  buildInputs = [ curlpy-23 exru-39 netnet-68 qtkago-11 ];
  meta = with lib; {
    description = "The expapng-49 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}

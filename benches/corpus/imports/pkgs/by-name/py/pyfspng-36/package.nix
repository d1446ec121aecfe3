{ lib, mkPackage, fetchurl, gtkfsxml-4, kanet-6, qtkago-11, sslcurlpy-68 }:
mkPackage rec {
  pname = "pyfspng-36";
  version = "2.26.3";
  src = fetchurl {
    url = "https://example.org/pyfspng-36/${pname}-${version}.tar.gz";
    sha256 = "c281848f8981bbf1904c4f231c58806354db22c7aa201e99e4351b6314d75018";
  };
  buildInputs = [ gtkfsxml-4 kanet-6 qtkago-11 sslcurlpy-68 ];
  meta = with lib; {
    description = "The pyfspng-36 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}

{ lib, mkPackage, fetchurl, cryptgo-45, gocurl-93, kaka-38, pnggogo-80 }:
mkPackage rec {
  pname = "pyexnet-5";
  version = "9.9.6";
  src = fetchurl {
    url = "https://example.org/pyexnet-5/${pname}-${version}.tar.gz";
    sha256 = "2c9fea7514b57afb155c10f2cdabbfa3de28dac0fe26e7131e0ffb563beb4007";
  };
  buildInputs = [ cryptgo-45 gocurl-93 kaka-38 pnggogo-80 ];
  meta = with lib; {
    description = "The pyexnet-5 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}

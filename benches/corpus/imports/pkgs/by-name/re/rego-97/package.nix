{ lib, mkPackage, fetchurl, libzz-35 }:
mkPackage rec {
  pname = "rego-97";
  version = "0.30.5";
  src = fetchurl {
    url = "https://example.org/rego-97/${pname}-${version}.tar.gz";
    sha256 = "27dde026bc50b125da296331bcb1749f81ac23357e72494c9534e07d38a64033";
  };
  buildInputs = [ libzz-35 ];
  meta = with lib; {
    description = "The rego-97 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}

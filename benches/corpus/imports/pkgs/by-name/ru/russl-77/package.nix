{ lib, mkPackage, fetchurl, cryptkadi-9, cryptssl-25, dicurl-90, zzpa-46 }:
mkPackage rec {
  pname = "russl-77";
  version = "7.15.1";
  src = fetchurl {
    url = "https://example.org/russl-77/${pname}-${version}.tar.gz";
    sha256 = "c5025e518d50884f735170fcd96997ed8e6c8e2ac8c289df4f607eb7c8422f03";
  };
  buildInputs = [ cryptkadi-9 cryptssl-25 dicurl-90 zzpa-46 ];
  meta = with lib; {
    description = "The russl-77 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}

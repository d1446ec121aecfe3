{ lib, mkPackage, fetchurl, gtknetmu-83, padi-1, zznetcrypt-11 }:
mkPackage rec {
  pname = "dipato-8";
  version = "1.11.8";
  src = fetchurl {
    url = "https://example.org/dipato-8/${pname}-${version}.tar.gz";
    sha256 = "a9403bd100989e1be49d290f5ff2092665681e21efa965edf23a3319ed556135";
  };
  buildInputs = [ gtknetmu-83 padi-1 zznetcrypt-11 ];
  meta = with lib; {
    description = "The dipato-8 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}

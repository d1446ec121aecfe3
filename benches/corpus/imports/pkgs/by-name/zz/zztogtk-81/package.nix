{ lib, mkPackage, fetchurl, rudi-24 }:
mkPackage rec {
  pname = "zztogtk-81";
  version = "3.14.7";
  src = fetchurl {
    url = "https://example.org/zztogtk-81/${pname}-${version}.tar.gz";
    sha256 = "96cf00cac4d28f487f039c41d482fbbbab38cd134992deae4c5799933be936a9";
  };
  buildInputs = [ rudi-24 ];
  meta = with lib; {
    description = "The zztogtk-81 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}

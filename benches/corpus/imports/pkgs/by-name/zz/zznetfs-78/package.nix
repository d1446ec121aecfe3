{ lib, mkPackage, fetchurl, fsgtkgo-45, gitmu-19, qtgitqt-34 }:
mkPackage rec {
  pname = "zznetfs-78";
  version = "5.2.0";
  src = fetchurl {
    url = "https://example.org/zznetfs-78/${pname}-${version}.tar.gz";
    sha256 = "50854963a90ba5b41a9ce70fc5b5628521c1c7e9a41db1a13e452da773314e51";
  };
  buildInputs = [ fsgtkgo-45 gitmu-19 qtgitqt-34 ];
  meta = with lib; {
    description = "The zznetfs-78 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}

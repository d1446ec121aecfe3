{ lib, mkPackage, fetchurl, sslxmlmu-74, xmlzzfs-78 }:
mkPackage rec {
  pname = "rugolib-43";
  version = "0.17.9";
  src = fetchurl {
    url = "https://example.org/rugolib-43/${pname}-${version}.tar.gz";
    sha256 = "fa6f47c7e42d8244ad8e4f8781e864e7eaf288682d2b7f72e1fdf266e826fa57";
  };
  buildInputs = [ sslxmlmu-74 xmlzzfs-78 ];
  meta = with lib; {
    description = "The rugolib-43 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}

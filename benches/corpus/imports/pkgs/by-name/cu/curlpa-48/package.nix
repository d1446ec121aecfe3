{ lib, mkPackage, fetchurl, cryptzzcurl-81, gtkfsxml-4, xmlgtk-86 }:
mkPackage rec {
  pname = "curlpa-48";
  version = "6.16.0";
  src = fetchurl {
    url = "https://example.org/curlpa-48/${pname}-${version}.tar.gz";
    sha256 = "4d47d163b61354e3fa0330884fbadd511c5d036fee9ddee48397e22c550e3b46";
  };
  buildInputs = [ cryptzzcurl-81 gtkfsxml-4 xmlgtk-86 ];
  meta = with lib; {
    description = "The curlpa-48 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}

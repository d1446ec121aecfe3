{ lib, mkPackage, fetchurl, cryptcrypt-77, topycurl-40 }:
mkPackage rec {
  pname = "xmlfspng-8";
  version = "5.22.2";
  src = fetchurl {
    url = "https://example.org/xmlfspng-8/${pname}-${version}.tar.gz";
    sha256 = "9ad4055310252293bbc20fddad39c59ef3f4697bb756ccd041b67754edcbad59";
  };
  buildInputs = [ cryptcrypt-77 topycurl-40 ];
  meta = with lib; {
    description = "The xmlfspng-8 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}

{ lib, mkPackage, fetchurl, libpa-47, netkaqt-11, padi-1, toxml-58 }:
mkPackage rec {
  pname = "libxmlxml-25";
  version = "3.26.8";
  src = fetchurl {
    url = "https://example.org/libxmlxml-25/${pname}-${version}.tar.gz";
    sha256 = "6e303420607d0f63efa6fea2414c3b7321d65ad8aa994c7bac82c62993a9b383";
  };
  buildInputs = [ libpa-47 netkaqt-11 padi-1 toxml-58 ];
  meta = with lib; {
    description = "The libxmlxml-25 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}

{ lib, mkPackage, fetchurl, pycrypt-77, rudi-24, xmlrezz-76, zzex-78 }:
mkPackage rec {
  pname = "tofsnet-69";
  version = "2.12.7";
  src = fetchurl {
    url = "https://example.org/tofsnet-69/${pname}-${version}.tar.gz";
    sha256 = "89c93f777424670205bc14150954b9d0966325fe82222e19206dca61f9652ec1";
  };
  buildInputs = [ pycrypt-77 rudi-24 xmlrezz-76 zzex-78 ];
  meta = with lib; {
    description = "The tofsnet-69 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}

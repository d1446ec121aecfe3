{ lib, mkPackage, fetchurl, cryptxmlpng-3, pyfs-43, rupng-75 }:
mkPackage rec {
  pname = "netcurl-48";
  version = "1.15.4";
  src = fetchurl {
    url = "https://example.org/netcurl-48/${pname}-${version}.tar.gz";
    sha256 = "0dbbfaaaffa60493eff5314eac85d4f6fec6bf0f29da39261f55c171c7519a6b";
  };
  buildInputs = [ cryptxmlpng-3 pyfs-43 rupng-75 ];
  meta = with lib; {
    description = "The netcurl-48 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}

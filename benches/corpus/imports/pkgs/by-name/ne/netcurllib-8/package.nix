{ lib, mkPackage, fetchurl, cryptzzcurl-81, rere-47 }:
mkPackage rec {
  pname = "netcurllib-8";
  version = "6.16.3";
  src = fetchurl {
    url = "https://example.org/netcurllib-8/${pname}-${version}.tar.gz";
    sha256 = "124512e3d191cb93538458e4f3086de5cf49a7195420a473de74fb39b43b6048";
  };
  buildInputs = [ cryptzzcurl-81 rere-47 ];
  meta = with lib; {
    description = "The netcurllib-8 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}

{ lib, mkPackage, fetchurl, fspare-44, gtkcrypt-66, libgtkpy-72, munetka-12 }:
mkPackage rec {
  pname = "gitdi-76";
  version = "7.13.5";
  src = fetchurl {
    url = "https://example.org/gitdi-76/${pname}-${version}.tar.gz";
    sha256 = "ca5710edd337d3a486a308eb974ce384f610288ea91b41c918956731cdff9713";
  };
  buildInputs = [ fspare-44 gtkcrypt-66 libgtkpy-72 munetka-12 ];
  meta = with lib; {
    description = "The gitdi-76 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}

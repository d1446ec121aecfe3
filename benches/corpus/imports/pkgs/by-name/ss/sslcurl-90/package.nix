{ lib, mkPackage, fetchurl, mukazz-95, pazz-13, pyrugtk-38, zzfsru-35 }:
mkPackage rec {
  pname = "sslcurl-90";
  version = "8.7.1";
  src = fetchurl {
    url = "https://example.org/sslcurl-90/${pname}-${version}.tar.gz";
    sha256 = "4470a027edd511f64726fc6b54dd46de2e14b52315ddd2e0a3a0a975e9feb45e";
  };
  buildInputs = [ mukazz-95 pazz-13 pyrugtk-38 zzfsru-35 ];
  meta = with lib; {
    description = "The sslcurl-90 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}

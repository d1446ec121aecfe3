{ lib, mkPackage, fetchurl, gopy-31, libcurl-72, tomu-48 }:
mkPackage rec {
  pname = "pyrepng-80";
  version = "3.11.4";
  src = fetchurl {
    url = "https://example.org/pyrepng-80/${pname}-${version}.tar.gz";
    sha256 = "dde2fb079b4abaf08130455bffae8c8a4ade0b9d7d68f2d2281d0c9e1cd85c7f";
  };
  buildInputs = [ gopy-31 libcurl-72 tomu-48 ];
  meta = with lib; {
    description = "The pyrepng-80 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}

{ lib, mkPackage, fetchurl, fscurl-37, fspng-73, togozz-8 }:
mkPackage rec {
  pname = "cryptpyxml-81";
  version = "7.21.3";
  src = fetchurl {
    url = "https://example.org/cryptpyxml-81/${pname}-${version}.tar.gz";
    sha256 = "5b12c3a473842743b3eef1e694a38fea3f197174a6a2a1f168345220570cd8cd";
  };
  buildInputs = [ fscurl-37 fspng-73 togozz-8 ];
  meta = with lib; {
    description = "The cryptpyxml-81 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}

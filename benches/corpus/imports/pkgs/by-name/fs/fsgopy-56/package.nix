{ lib, mkPackage, fetchurl, muru-20, tofs-24, zzex-78 }:
mkPackage rec {
  pname = "fsgopy-56";
  version = "9.13.0";
  src = fetchurl {
    url = "https://example.org/fsgopy-56/${pname}-${version}.tar.gz";
    sha256 = "78f6b314f84d7672d6761da972f0b7c53ca0ff88bf1d0a27d324fea34280899b";
  };
  buildInputs = [ muru-20 tofs-24 zzex-78 ];
  meta = with lib; {
    description = "The fsgopy-56 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}

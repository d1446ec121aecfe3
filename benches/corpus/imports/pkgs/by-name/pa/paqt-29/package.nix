{ lib, mkPackage, fetchurl, cryptzzcurl-81, mukazz-95, qtkago-11 }:
mkPackage rec {
  pname = "paqt-29";
  version = "4.2.4";
  src = fetchurl {
    url = "https://example.org/paqt-29/${pname}-${version}.tar.gz";
    sha256 = "d3a19c751f7f942a482c1daa3e764d9b19b2dbe838376c8e3ac8f9b0f0c6e5de";
  };
  buildInputs = [ cryptzzcurl-81 mukazz-95 qtkago-11 ];
  meta = with lib; {
    description = "The paqt-29 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}

{ lib, mkPackage, fetchurl, liblib-67, togozz-8 }:
mkPackage rec {
  pname = "paqt-93";
  version = "4.20.1";
  src = fetchurl {
    url = "https://example.org/paqt-93/${pname}-${version}.tar.gz";
    sha256 = "3e789a2e77b31cc0ad50f496e2f0cf893204936ae87c0f70a67df5b6b021ca6a";
  };
  buildInputs = [ liblib-67 togozz-8 ];
  meta = with lib; {
    description = "The paqt-93 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}

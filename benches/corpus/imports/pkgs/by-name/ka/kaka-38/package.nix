{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "kaka-38";
  version = "8.29.0";
  src = fetchurl {
    url = "https://example.org/kaka-38/${pname}-${version}.tar.gz";
    sha256 = "54d6c2467d5f26adfb8b06c5e5935bcb4a5a4542652687f13bbba63572c49647";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The kaka-38 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}

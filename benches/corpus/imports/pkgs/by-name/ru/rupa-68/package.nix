{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "rupa-68";
  version = "9.14.3";
  src = fetchurl {
    url = "https://example.org/rupa-68/${pname}-${version}.tar.gz";
    sha256 = "7ccd7ea3e4458502e8d3016f70b636f7038348e543c10a00ba64ab00ed6ee294";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The rupa-68 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}

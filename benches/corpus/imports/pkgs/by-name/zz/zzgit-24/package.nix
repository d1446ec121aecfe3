{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "zzgit-24";
  version = "3.27.3";
  src = fetchurl {
    url = "https://example.org/zzgit-24/${pname}-${version}.tar.gz";
    sha256 = "94b915c0b94cb035dedf9ca1be08d3ca47740c2e925e906e9bc679183ff08c4e";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The zzgit-24 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}

{ lib, mkPackage, fetchurl, fsgitfs-64, gtkcrypt-66, kanetzz-18 }:
mkPackage rec {
  pname = "ruzz-8";
  version = "9.10.2";
  src = fetchurl {
    url = "https://example.org/ruzz-8/${pname}-${version}.tar.gz";
    sha256 = "9b36cf8f352ea37e257f0c1c76cfc62825b454d2c4dfdad2cda1980da4500a46";
  };
  buildInputs = [ fsgitfs-64 gtkcrypt-66 kanetzz-18 ];
  meta = with lib; {
    description = "The ruzz-8 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}

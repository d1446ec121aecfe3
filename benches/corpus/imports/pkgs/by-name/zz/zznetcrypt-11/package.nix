{ lib, mkPackage, fetchurl, fsfs-4 }:
mkPackage rec {
  pname = "zznetcrypt-11";
  version = "2.4.4";
  src = fetchurl {
    url = "https://example.org/zznetcrypt-11/${pname}-${version}.tar.gz";
    sha256 = "baa6c40af83172911e95c025380c3cf71525ba1a3f406bc535920128b10abd69";
  };
  buildInputs = [ fsfs-4 ];
  meta = with lib; {
    description = "The zznetcrypt-11 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}

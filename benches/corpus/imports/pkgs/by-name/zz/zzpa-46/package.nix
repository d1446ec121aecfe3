{ lib, mkPackage, fetchurl, kare-89, pngpngcrypt-1 }:
mkPackage rec {
  pname = "zzpa-46";
  version = "5.5.5";
  src = fetchurl {
    url = "https://example.org/zzpa-46/${pname}-${version}.tar.gz";
    sha256 = "0d29d1b488fb543973899b551bb47f98bd38791d0ac01fa56fe1327fe0278df0";
  };
  buildInputs = [ kare-89 pngpngcrypt-1 ];
  meta = with lib; {
    description = "The zzpa-46 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}

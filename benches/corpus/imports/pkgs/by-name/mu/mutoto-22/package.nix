{ lib, mkPackage, fetchurl, fspy-75, mucrypt-15, netpa-58, zzpy-99 }:
mkPackage rec {
  pname = "mutoto-22";
  version = "1.15.7";
  src = fetchurl {
    url = "https://example.org/mutoto-22/${pname}-${version}.tar.gz";
    sha256 = "be7263810f505d0fb74b0038e56ebf6428526e071b1192e6a7128a3e546c54f1";
  };
  buildInputs = [ fspy-75 mucrypt-15 netpa-58 zzpy-99 ];
  meta = with lib; {
    description = "The mutoto-22 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}

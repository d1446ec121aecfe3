{ lib, mkPackage, fetchurl, gogogo-47 }:
mkPackage rec {
  pname = "fsdire-46";
  version = "2.16.4";
  src = fetchurl {
    url = "https://example.org/fsdire-46/${pname}-${version}.tar.gz";
    sha256 = "23612a6342152a4ccf87919adda4397a70911fef02ac339f5a05c489f598576f";
  };
  buildInputs = [ gogogo-47 ];
  meta = with lib; {
    description = "The fsdire-46 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}

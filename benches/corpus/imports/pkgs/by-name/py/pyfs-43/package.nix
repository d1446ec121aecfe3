{ lib, mkPackage, fetchurl, gitgogit-81, xmldiex-24, zzcrypt-34 }:
mkPackage rec {
  pname = "pyfs-43";
  version = "9.11.8";
  src = fetchurl {
    url = "https://example.org/pyfs-43/${pname}-${version}.tar.gz";
    sha256 = "b9ce1621c98faedec6b62c66ca6070a1bd62ae96c638c8313ede1d9a08ee6235";
  };
  buildInputs = [ gitgogit-81 xmldiex-24 zzcrypt-34 ];
  meta = with lib; {
    description = "The pyfs-43 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}

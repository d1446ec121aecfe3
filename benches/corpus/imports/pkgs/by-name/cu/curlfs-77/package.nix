{ lib, mkPackage, fetchurl, toex-93 }:
mkPackage rec {
  pname = "curlfs-77";
  version = "3.6.7";
  src = fetchurl {
    url = "https://example.org/curlfs-77/${pname}-${version}.tar.gz";
    sha256 = "b64a0dd87bfc4ef76c9311a2892a74d7729c8ba77cbbf39d4a02359f549dbfac";
  };
  buildInputs = [ toex-93 ];
  meta = with lib; {
    description = "The curlfs-77 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}

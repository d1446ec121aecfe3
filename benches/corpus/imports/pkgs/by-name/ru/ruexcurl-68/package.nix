{ lib, mkPackage, fetchurl, dicurlgit-26, exzzpa-56, fsexnet-62, rere-41 }:
mkPackage rec {
  pname = "ruexcurl-68";
  version = "5.4.7";
  src = fetchurl {
    url = "https://example.org/ruexcurl-68/${pname}-${version}.tar.gz";
    sha256 = "20d693093d76f6c14be7b020a062cc3341f08d51b7c70c4d006ae02fa7f29816";
  };
  buildInputs = [ dicurlgit-26 exzzpa-56 fsexnet-62 rere-41 ];
  meta = with lib; {
    description = "The ruexcurl-68 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}

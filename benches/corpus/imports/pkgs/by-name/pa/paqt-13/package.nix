{ lib, mkPackage, fetchurl, gitcurl-35, libgit-50, panetcurl-79 }:
mkPackage rec {
  pname = "paqt-13";
  version = "1.29.3";
  src = fetchurl {
    url = "https://example.org/paqt-13/${pname}-${version}.tar.gz";
    sha256 = "a15978ea63d8cfb842743b444dea25fb38a6673f0c5cae561621df38b9faf08a";
  };
  buildInputs = [ gitcurl-35 libgit-50 panetcurl-79 ];
  meta = with lib; {
    description = "The paqt-13 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}

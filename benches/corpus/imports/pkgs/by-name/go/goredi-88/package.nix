{ lib, mkPackage, fetchurl, cryptgit-45, gtknet-19, pyxml-31, remupa-15 }:
mkPackage rec {
  pname = "goredi-88";
  version = "8.1.2";
  src = fetchurl {
    url = "https://example.org/goredi-88/${pname}-${version}.tar.gz";
    sha256 = "30b18895ce9f9c7b4019b45242206fe8e9761d24005a3aba3432bb96b189c1dc";
  };
  buildInputs = [ cryptgit-45 gtknet-19 pyxml-31 remupa-15 ];
  meta = with lib; {
    description = "The goredi-88 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}

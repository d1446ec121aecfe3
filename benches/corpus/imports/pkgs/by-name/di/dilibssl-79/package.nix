{ lib, mkPackage, fetchurl, gitkafs-66, gtknetmu-83, kanet-6, qtpa-99 }:
mkPackage rec {
  pname = "dilibssl-79";
  version = "4.17.2";
  src = fetchurl {
    url = "https://example.org/dilibssl-79/${pname}-${version}.tar.gz";
    sha256 = "a652ed5796f27ddea8c728ab7f64f113aea98149a91c48e2debbca334aa5cbb2";
  };
  buildInputs = [ gitkafs-66 gtknetmu-83 kanet-6 qtpa-99 ];
  meta = with lib; {
    description = "The dilibssl-79 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}

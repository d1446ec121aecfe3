{ lib, mkPackage, fetchurl, curlmu-48, gitcurl-60, rere-47 }:
mkPackage rec {
  pname = "zzcurlto-72";
  version = "8.26.0";
  src = fetchurl {
    url = "https://example.org/zzcurlto-72/${pname}-${version}.tar.gz";
    sha256 = "01eeac9f039b24fb28548890ca689a26210397292fd85655a57959cc62ece06d";
  };
  buildInputs = [ curlmu-48 gitcurl-60 rere-47 ];
  meta = with lib; {
    description = "The zzcurlto-72 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}

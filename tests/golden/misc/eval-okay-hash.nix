with builtins;
let
  sha = hashString "sha256" "abc";
in
{
  strings = map (a: hashString a "abc") [ "md5" "sha1" "sha256" "sha512" ];
  file = hashFile "sha1" ./data/hello.txt;
  # hashFile follows symlinks
  viaLink = hashFile "sha1" ./data/link-to-hello == hashFile "sha1" ./data/hello.txt;
  convert = {
    nix32 = convertHash { hash = sha; hashAlgo = "sha256"; toHashFormat = "nix32"; };
    sri = convertHash { hash = sha; hashAlgo = "sha256"; toHashFormat = "sri"; };
    base64 = convertHash { hash = sha; hashAlgo = "sha256"; toHashFormat = "base64"; };
    # the algorithm may come from a prefix instead of hashAlgo
    fromColon = convertHash { hash = "sha256:${sha}"; toHashFormat = "base16"; };
    fromSri = convertHash {
      hash = "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=";
      toHashFormat = "nix32";
    };
    # upper-case base16 is accepted
    upper = convertHash { hash = "900150983CD24FB0D6963F7D28E17F72"; hashAlgo = "md5"; toHashFormat = "base16"; };
  };
}

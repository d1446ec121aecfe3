{ lists }:
rec {
  linux = [ "x86_64-linux" "aarch64-linux" ];
  darwin = [ "x86_64-darwin" "aarch64-darwin" ];
  unix = linux ++ darwin;
  all = unix ++ [ "x86_64-windows" ];
}

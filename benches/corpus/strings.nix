# String building the way nixpkgs lib does it: concatMapStrings, concatStringsSep,
# replaceStrings-based escaping (escapeShellArg, toUpper), makeSearchPath and
# interpolation, producing a large generated shell script.
let
  inherit (builtins) concatStringsSep genList head length replaceStrings split
    stringLength substring filter isString toString hashString elemAt;

  concatMapStrings = f: list: concatStringsSep "" (map f list);
  concatMapStringsSep = sep: f: list: concatStringsSep sep (map f list);
  concatImapStrings = f: list: concatStringsSep "" (genList (i: f (i + 1) (elemAt list i)) (length list));

  lowerChars = [ "a" "b" "c" "d" "e" "f" "g" "h" "i" "j" "k" "l" "m" "n" "o" "p" "q" "r" "s" "t" "u" "v" "w" "x" "y" "z" ];
  upperChars = [ "A" "B" "C" "D" "E" "F" "G" "H" "I" "J" "K" "L" "M" "N" "O" "P" "Q" "R" "S" "T" "U" "V" "W" "X" "Y" "Z" ];
  toUpper = replaceStrings lowerChars upperChars;

  escape = list: replaceStrings list (map (c: "\\${c}") list);
  escapeShellArg = arg: "'${replaceStrings [ "'" ] [ "'\\''" ] (toString arg)}'";
  escapeShellArgs = concatMapStringsSep " " escapeShellArg;
  splitString = sep: s: filter isString (split (escapeRegex sep) s);
  escapeRegex = escape [ "\\" "[" "{" "(" ")" "^" "$" "?" "*" "+" "|" "." ];
  makeSearchPath = subDir: paths: concatStringsSep ":" (map (path: path + "/" + subDir) (filter (x: x != null) paths));
  fixedWidthString = width: filler: str:
    let strw = stringLength str; reqWidth = width - (stringLength filler); in
    if strw == width then str else filler + fixedWidthString reqWidth filler str;
  fixedWidthNumber = width: n: fixedWidthString width "0" (toString n);

  mod = a: b: a - b * (a / b);
  pkgs = genList (i: {
    name = "package-${toString i}";
    out = "/nix/store/${fixedWidthNumber 8 i}-package-${toString i}";
    flags = [ "--enable-feature-${toString (mod i 17)}" "--with-name=it's ${toString i}" "CFLAGS=-O2 -g" ];
  }) 6000;

  exportVar = name: value: "export ${toUpper (replaceStrings [ "-" ] [ "_" ] name)}=${escapeShellArg value}\n";
  phase = p: ''
    # ${p.name}
    ${exportVar p.name p.out}
    echo configuring ${p.name} with ${escapeShellArgs p.flags}
    ./configure --prefix=${p.out} ${concatMapStringsSep " " (f: escapeShellArg f) p.flags}
  '';

  script = ''
    #!/bin/sh
    set -eu
    export PATH=${makeSearchPath "bin" (map (p: p.out) pkgs)}
    export PKG_CONFIG_PATH=${makeSearchPath "lib/pkgconfig" (map (p: p.out) pkgs)}
    ${concatMapStrings phase pkgs}
    ${concatImapStrings (i: p: "ln -s ${p.out} result-${toString i}\n") pkgs}
  '';
  lines = splitString "\n" script;
in
{
  length = stringLength script;
  lines = length lines;
  sha256 = hashString "sha256" script;
  head = substring 0 40 (elemAt lines 4);
}

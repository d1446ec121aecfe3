let
  name = "data";
  dir = "lib";
in
[
  ./lib/${name}.txt
  ./${dir}/${name}.txt
  /root/${name}
  (builtins.readFile ./${dir}/${name}.txt)
]

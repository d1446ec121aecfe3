# ~/ paths are resolved against $HOME (the golden runner sets HOME=/fake-home)
[ ~/file ~/a/../b (builtins.typeOf ~/x) ]

with builtins;
{
  inherit langVersion storeDir currentSystem nixPath;
  true = builtins.true;
  false = builtins.false;
  null = builtins.null;
  nixVersionIsString = isString nixVersion;
  currentTimeIsInt = isInt currentTime;
}

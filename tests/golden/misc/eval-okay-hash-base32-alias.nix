# "base32" still works, with a deprecation warning
builtins.convertHash {
  hash = "md5:900150983cd24fb0d6963f7d28e17f72";
  toHashFormat = "base32";
}

# Invalid UTF-8 (a substring cutting "é" in half) is reported by the serializer, with
# the byte's index in the string, after everything has been evaluated.
builtins.toJSON { a = "ok"; b = builtins.substring 0 1 "é"; }

import ./lib/dir-without-default

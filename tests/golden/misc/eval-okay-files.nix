with builtins;
{
  readFile = readFile ./data/hello.txt;
  readViaLink = readFile ./data/link-to-hello;
  readThroughLinkedDir = readFile ./data/link-to-sub/inner.txt;
  readDir = readDir ./data;
  # a symlink to a directory is listed as a directory when read through
  readLinkedDir = readDir ./data/link-to-sub;
  types = map readFileType [ ./data ./data/hello.txt ./data/link-to-hello ./data/dangling ];
  exists = {
    file = pathExists ./data/hello.txt;
    missing = pathExists ./data/nope;
    # a dangling symlink exists (it is not followed)
    dangling = pathExists ./data/dangling;
    # a trailing slash demands a directory
    fileSlash = pathExists (toString ./data/hello.txt + "/");
    dirSlash = pathExists (toString ./data + "/");
    linkedDirSlash = pathExists (toString ./data/link-to-sub + "/.");
    throughFile = pathExists (toString ./data/hello.txt + "/x");
    string = pathExists (toString ./data/sub/../hello.txt);
  };
  toPath = [
    (toPath "/a/./b//c/../d")
    (toPath { outPath = "/x/y"; })
  ];
  isString = isString (toPath "/a");
}

[ "plain" "new\nline" "tab\t" "cr\r" "quote\"" "back\\slash" "dollar \${x}" "lone $ and $$" "" ]

# POSIX extended regular expressions as C++ Nix (libstdc++) interprets them.
# Every expectation here was checked against nix-instantiate.
with builtins;
{
  # split: leftmost, then the longest match (not the first alternative)
  longest = split "a|ab" "abc";
  # match: groups from the first path in pattern order that matches everything
  groups = match "(a|ab)(c|bcd)(d*)" "abcd";
  groups2 = match "(a|ab)(bc|c)" "abc";
  nonParticipating = match "(a)|b" "b";
  keptFromEarlierIteration = match "((a)|b)*" "ab";
  # empty matches step like std::regex_iterator
  emptyEverywhere = split "" "ab";
  starSplit = split "a*" "baaac";
  alternativesInSplit = split "(a)|b" "ab";
  # bracket expressions
  closingBracketFirst = match "[]a]+" "]a";
  dashLast = match "[a-]+" "a-";
  classes = match "[[:alpha:]]+[[:digit:]]+[[:space:]]*" "abc123 \t";
  classNameCase = match "[[:ALPHA:]]" "a";
  collatingName = match "[[.hyphen.]]" "-";
  equivalence = match "[[=a=]]" "A";
  backslashInBracket = match "[a\\]+" "a\\";
  # `.` matches newlines but only single bytes
  dotNewline = match "." "\n";
  dotByte = match "(.)" "é";
  # ] and } are ordinary; escaped specials are literal
  ordinary = match "a]}" "a]}";
  escapes = match "\\.\\*\\(\\)\\[\\{\\|\\^\\$\\\\" ".*()[{|^$\\";
  repeatedQuantifiers = match "a**" "aa";
  anchorsInside = split "^a|b$" "abab";
  intervals = [
    (match "a{2}" "aa")
    (match "a{2,}" "aaaa")
    (match "a{1,2}" "aaa")
  ];
  noMatch = split "x" "abc";
}

with builtins;
[
  (compareVersions "1.0" "2.3")
  (compareVersions "2.1" "2.3")
  (compareVersions "2.3" "2.3")
  (compareVersions "2.5" "2.3")
  (compareVersions "3.1" "2.3")
  (compareVersions "2.3.1" "2.3")
  (compareVersions "2.3.1" "2.3a")
  (compareVersions "2.3pre1" "2.3")
  (compareVersions "2.3pre3" "2.3pre12")
  (compareVersions "2.3a" "2.3c")
  (compareVersions "2.3pre1" "2.3c")
  (compareVersions "2.3pre1" "2.3q")
  (compareVersions "" "1")
  (compareVersions "1" "")
]

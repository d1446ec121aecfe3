# the golden runner sets TEST_VAR=foo and HOME=/fake-home
with builtins;
[ (getEnv "TEST_VAR") (getEnv "HOME") (getEnv "NIXLET_SURELY_UNSET_VARIABLE") ]

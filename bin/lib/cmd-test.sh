# summary: install what the tests need, then run every test (mvn verify)
# usage: baeum test [maven options]
#   Installs the Debian packages the tests need, then runs 'mvn -B verify' with the given options
#   (for example -pl kernel -Dtest=KernelRequestsTest). Slow: every module, every test.
baeum_ensure_debs "${BAEUM_TEST_DEBS[@]}"
baeum_find_jdk
cd "$BAEUM_HOME" && mvn -B verify "$@"

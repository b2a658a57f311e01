# summary: install what the tests need, then run every test (mvn verify)
baeum_ensure_debs "${BAEUM_TEST_DEBS[@]}"
baeum_find_jdk
cd "$BAEUM_HOME" && mvn -B verify "$@"

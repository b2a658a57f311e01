# summary: build a Gradescope autograder zip (baeum autograder ch04 [--out FILE.zip])
baeum_find_jdk
baeum_build
exec java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Dbaeum.home="$BAEUM_HOME" \
  -cp "$(baeum_classpath)" baeum.exercises.cli.Main autograder "$@"

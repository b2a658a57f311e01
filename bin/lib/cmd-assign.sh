# summary: write the student version of a teacher's notebook (baeum assign NOTEBOOK --out release/)
baeum_find_jdk
baeum_build
exec java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Dbaeum.home="$BAEUM_HOME" \
  -cp "$(baeum_classpath)" baeum.exercises.cli.Main assign "$@"

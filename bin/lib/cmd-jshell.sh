# summary: a plain jshell with the DSL preloaded
baeum_find_jdk
baeum_build
exec jshell --execution local -J--add-modules=jdk.incubator.vector \
  -R--add-modules=jdk.incubator.vector --add-modules jdk.incubator.vector \
  --class-path "$(baeum_classpath)" DEFAULT "$BAEUM_HOME/kernel/src/main/resources/baeum/preload.jsh" "$@"

# summary: a plain jshell with the DSL preloaded (the kernel's class path and preload)
# usage: baeum jshell [jshell options]
#   A plain jshell (local execution) with the kernel's class path and every preload; other
#   arguments go to jshell as they are.
baeum_find_jdk
baeum_build
baeum_jshell_classpath() { # baeum_classpath without entries that do not exist (jshell refuses them)
  local entry out=""
  IFS=: read -r -a entries <<< "$(baeum_classpath)"
  for entry in "${entries[@]}"; do
    [ -e "$entry" ] && out="${out:+$out:}$entry"
  done
  echo "$out"
}
baeum_jshell_preloads() { # the kernel's preload, then every META-INF/baeum/preload.jsh on the class path
  local tmp entry n=0
  tmp="$(mktemp -d)"
  echo "$BAEUM_HOME/kernel/src/main/resources/baeum/preload.jsh"
  IFS=: read -r -a entries <<< "$(baeum_jshell_classpath)"
  for entry in "${entries[@]}"; do
    if [ -d "$entry" ] && [ -f "$entry/META-INF/baeum/preload.jsh" ]; then
      echo "$entry/META-INF/baeum/preload.jsh"
    elif [ -f "$entry" ] && [ "${entry%.jar}" != "$entry" ]; then
      mkdir -p "$tmp/$n" && (cd "$tmp/$n" && jar xf "$entry" META-INF/baeum/preload.jsh 2>/dev/null)
      [ -f "$tmp/$n/META-INF/baeum/preload.jsh" ] && echo "$tmp/$n/META-INF/baeum/preload.jsh"
      n=$((n + 1))
    fi
  done
}
mapfile -t preloads < <(baeum_jshell_preloads)
baeum_quiet_incubator
exec jshell --execution local -J--add-modules=jdk.incubator.vector -J--enable-native-access=ALL-UNNAMED \
  -R--add-modules=jdk.incubator.vector --add-modules jdk.incubator.vector \
  --class-path "$(baeum_jshell_classpath)" DEFAULT "${preloads[@]}" "$@"

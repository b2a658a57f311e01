# summary: install the Jupyter kernel "Java (Baeum)" for the current user (kernelspec "baeum")
# usage: baeum install [--dir KERNELSPEC_DIR] [--classpath CLASSPATH] [--no-aot]
#   --dir        where to write the kernelspec (default: Jupyter's user data dir/kernels/baeum)
#   --classpath  the kernel's class path (default: build, then the exercises module's runtime)
#   --no-aot     skip the JVM's ahead-of-time cache (faster install, ~2x slower kernel start)
baeum_find_jdk

baeum_install_kernelspec() {
  local dir="" cp="" aot=1
  while [ $# -gt 0 ]; do
    case "$1" in
      --dir) dir="$2"; shift 2 ;;
      --classpath) cp="$2"; shift 2 ;;
      --no-aot) aot=0; shift ;;
      *) echo "baeum install: unknown option $1" >&2; return 2 ;;
    esac
  done
  if [ -z "$cp" ]; then
    baeum_build
    cp="$(baeum_jar_classpath)"
  fi
  if [ -z "$dir" ]; then
    local data
    data="$( (command -v jupyter >/dev/null 2>&1 && jupyter --data-dir 2>/dev/null) \
             || echo "${JUPYTER_DATA_DIR:-$HOME/.local/share/jupyter}")"
    dir="$data/kernels/baeum"
  fi
  mkdir -p "$dir"
  local java="$JAVA_HOME/bin/java"
  # Serial GC and a small initial heap that shrinks back: ~190 MiB idle instead of ~360 (Parallel GC).
  # C2 waits 10x longer for JDK code (javac above all), whose C2 compiles otherwise take most of
  # the two cores while the kernel starts; Baeum's own code keeps the usual thresholds (0.1 x 10).
  # Start to the first result: 0.67-0.81 s instead of 0.81-0.98 s, kernel CPU 1.15 s instead of 1.45.
  local opts=("${BAEUM_JVM_OPTS[@]}" -XX:+UseSerialGC
              -Xms32m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=40 -Xlog:aot=off -Xlog:cds=off
              -XX:Tier4InvocationThreshold=50000 -XX:Tier4CompileThreshold=150000
              -XX:Tier4BackEdgeThreshold=400000 -XX:CompileCommand=quiet
              "-XX:CompileCommand=CompileThresholdScaling,baeum.*::*,0.1")
  if [ "$aot" = 1 ] && baeum_make_aot_cache "$java" "$dir/baeum.aot" "$cp" "${opts[@]}"; then
    opts+=("-XX:AOTCache=$dir/baeum.aot")
  fi
  {
    printf '{\n  "argv": [%s' "$(baeum_json_string "$java")"
    local o
    for o in "${opts[@]}" -cp "$cp" baeum.kernel.Main "{connection_file}"; do
      printf ',\n    %s' "$(baeum_json_string "$o")"
    done
    printf '],\n  "display_name": "Java (Baeum)",\n  "language": "java",\n'
    printf '  "interrupt_mode": "message",\n  "metadata": {"debugger": false}\n}\n'
  } > "$dir/kernel.json"
  echo "baeum: installed the kernel \"Java (Baeum)\" in $dir" >&2
}

# The exercises module's runtime class path with its jar rather than its classes folder: the
# JVM's AOT cache only covers classes from jar files.
baeum_jar_classpath() {
  local jar
  jar="$(ls "$BAEUM_HOME"/exercises/target/baeum-exercises-*.jar 2>/dev/null | grep -v -e sources -e tests | head -n 1)"
  [ -n "$jar" ] || jar="$BAEUM_HOME/exercises/target/classes"
  echo "$jar:$(cat "$BAEUM_HOME/exercises/target/runtime.classpath")"
}

# baeum_make_aot_cache JAVA CACHE CLASSPATH OPTS...: a training run (baeum.kernel.Warmup) that
# records the classes a session loads, so kernels start in about half the time. Skipped when the
# cache is newer than every jar it covers.
baeum_make_aot_cache() {
  local java="$1" cache="$2" cp="$3"; shift 3
  local newer="" entry
  if [ -f "$cache" ]; then
    IFS=: read -r -a entries <<< "$cp"
    for entry in "${entries[@]}"; do
      [ -e "$entry" ] && [ "$entry" -nt "$cache" ] && newer=1
    done
    [ -z "$newer" ] && [ "$java" -ot "$cache" ] && return 0
  fi
  echo "baeum: preparing the kernel's start-up cache (a few seconds, once) ..." >&2
  rm -f "$cache"
  "$java" "$@" -XX:AOTCacheOutput="$cache" -cp "$cp" baeum.kernel.Warmup >/dev/null 2>&1 && [ -f "$cache" ]
}

baeum_json_string() {
  local s="${1//\\/\\\\}"
  s="${s//\"/\\\"}"
  printf '"%s"' "$s"
}

baeum_install_kernelspec "$@"

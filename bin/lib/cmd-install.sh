# summary: install the Jupyter kernel "Java (Baeum)" for the current user (kernelspec "baeum")
# usage: baeum install [--dir KERNELSPEC_DIR] [--classpath CLASSPATH] [--max-heap SIZE] [--no-aot]
#   --dir        where to write the kernelspec (default: Jupyter's user data dir/kernels/baeum)
#   --classpath  the kernel's class path (default: build, then the exercises module's runtime)
#   --max-heap   the kernel's memory limit, a JVM size such as 2g or 6000m (default: half the
#                machine's memory, at most 4g); a cell that needs more fails with OutOfMemoryError
#   --no-aot     skip the JVM's ahead-of-time cache (faster install, ~2x slower kernel start)
#   The kernel is self-contained: its jars are copied into KERNELSPEC_DIR/lib, so `mvn clean` or
#   moving the checkout does not break it (run `baeum install` again to pick up a new build).
baeum_find_jdk

baeum_install_kernelspec() {
  local dir="" cp="" aot=1 heap=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --dir|--classpath|--max-heap)
        [ $# -ge 2 ] || { echo "baeum install: $1 needs a value (baeum install --help)" >&2; return 2; } ;;
    esac
    case "$1" in
      --dir) dir="$2"; shift 2 ;;
      --classpath) cp="$2"; shift 2 ;;
      --max-heap) heap="$2"; shift 2 ;;
      --max-heap=*) heap="${1#--max-heap=}"; shift ;;
      --no-aot) aot=0; shift ;;
      -h|--help) baeum_command_help install; return 0 ;;
      *) echo "baeum install: unknown option $1 (baeum install --help lists the options)" >&2; return 2 ;;
    esac
  done
  if [ -z "$heap" ]; then
    heap="$(baeum_default_heap)"
  elif ! [[ "$heap" =~ ^[0-9]+[kKmMgG]?$ ]]; then
    echo "baeum install: --max-heap takes a JVM size such as 2g or 6000m, not '$heap'" >&2; return 2
  fi
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
  cp="$(baeum_copy_libs "$dir/lib" "$cp")" || return 1
  local java="$JAVA_HOME/bin/java"
  # The exit guard (a Java agent, baeum.kernel.guard.ExitAgent) makes Runtime.exit/halt refuse
  # every caller but the kernel's own shutdown.
  # --add-opens jdk.jshell: the session forgets the class files of dropped and replaced snippets
  # (baeum.kernel.eval.ReplClasses), so that cells stay as fast at the 3000th cell as at the 300th.
  # GC, heap and JIT: baeum_kernel_tuning (common.sh), which `baeum bench --jvm kernel` uses too.
  local opts=("${BAEUM_JVM_OPTS[@]}" "-javaagent:$dir/lib/baeum-agent.jar" --add-opens=jdk.jshell/jdk.jshell=ALL-UNNAMED
              -Xlog:aot=off -Xlog:cds=off)
  local tuning
  mapfile -t tuning < <(baeum_kernel_tuning "$heap")
  opts+=("${tuning[@]}")
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
    printf '  "env": {"MALLOC_ARENA_MAX": "2"},\n'
    printf '  "interrupt_mode": "message",\n  "metadata": {"debugger": false}\n}\n'
  } > "$dir/kernel.json"
  echo "baeum: installed the kernel \"Java (Baeum)\" in $dir" >&2
}

# baeum_copy_libs LIB CLASSPATH: copies every class path entry into LIB (a jar as itself, a class
# folder as a folder; a clashing name gets a number in front), writes LIB/baeum-agent.jar (a jar
# with only a manifest naming the exit guard's agent, whose classes are on the class path), removes
# what an earlier install left there, and prints the class path of the copies. Copies keep their
# modification times, so the AOT cache still matches them.
baeum_copy_libs() {
  local lib="$1" entry name n=0 out="" keep=("baeum-agent.jar")
  mkdir -p "$lib"
  IFS=: read -r -a entries <<< "$2"
  for entry in "${entries[@]}"; do
    [ -e "$entry" ] || continue
    name="$(basename "$entry")"
    if [ -d "$entry" ]; then name="$(basename "$(dirname "$(dirname "$entry")")")-$name"; fi
    case " ${keep[*]} " in *" $name "*) name="$n-$name" ;; esac
    n=$((n + 1))
    keep+=("$name")
    if [ -d "$entry" ]; then
      rm -rf "$lib/$name" && cp -pR "$entry" "$lib/$name"
    elif [ ! -f "$lib/$name" ] || ! cmp -s "$entry" "$lib/$name"; then
      cp -p "$entry" "$lib/$name"
    fi
    out="${out:+$out:}$lib/$name"
  done
  local f
  for f in "$lib"/*; do
    case " ${keep[*]} " in *" $(basename "$f") "*) ;; *) rm -rf "$f" ;; esac
  done
  if [ ! -f "$lib/baeum-agent.jar" ]; then
    local tmp
    tmp="$(mktemp -d)"
    printf 'Premain-Class: baeum.kernel.guard.ExitAgent\nCan-Retransform-Classes: true\n' > "$tmp/manifest"
    "$JAVA_HOME/bin/jar" --create --file "$lib/baeum-agent.jar" --manifest "$tmp/manifest" || { rm -rf "$tmp"; return 1; }
    rm -rf "$tmp"
  fi
  echo "$out"
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

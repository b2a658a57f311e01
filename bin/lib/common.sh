# Shared helpers for bin/baeum's commands. Needs BAEUM_HOME.
. "$BAEUM_HOME/bin/lib/jdk.sh"

# baeum_command_help COMMAND: the help of bin/lib/cmd-COMMAND.sh, from its header comment: the
# "# summary:" line, then the "# usage:" block (the comment lines from there to the first code line).
baeum_command_help() {
  local script="$BAEUM_HOME/bin/lib/cmd-$1.sh"
  [ -f "$script" ] || { echo "baeum: unknown command '$1'" >&2; return 2; }
  echo "baeum $1: $(sed -n 's/^# summary: //p' "$script")"
  if grep -qi '^# usage:' "$script"; then
    awk 'BEGIN{u=0} /^# [Uu]sage:/{u=1} u && !/^#/{exit} u{sub(/^# ?/, ""); print}' "$script"
  else
    echo "usage: baeum $1 [args]"
  fi
}

# baeum_ensure_debs pkg... : installs missing Debian packages (as root, or through sudo).
baeum_ensure_debs() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "baeum: please install these packages: ${missing[*]} (no apt-get on this machine)" >&2
    return 1
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "baeum: please install, as root: apt-get install ${missing[*]}" >&2
      return 1
    fi
  fi
  echo "baeum: installing ${missing[*]} ..." >&2
  $sudo apt-get update -qq >&2 || true
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# What the tests need: Maven, Jupyter (kernel integration tests, notebooks), Chromium (browser
# test, with a Korean font for the Korean edition's screenshots), the Fashion-MNIST dataset and
# JupyterHub (deploy's HubTest).
BAEUM_TEST_DEBS=(maven jupyter-notebook jupyter-nbconvert python3-nbclient python3-jupyter-client
  dataset-fashion-mnist chromium fontconfig fonts-dejavu-core fonts-nanum bubblewrap jupyterhub)
# What the course needs.
BAEUM_COURSE_DEBS=(maven jupyter-notebook jupyter-nbconvert dataset-fashion-mnist)

# The options every Baeum JVM needs: the Vector API for the engine's kernels (baeum.jvm.args in
# pom.xml says the same for the tests).
BAEUM_JVM_OPTS=(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED)

# baeum_kernel_tuning HEAP: the kernel's GC, heap and JIT flags, one per line. `baeum install` writes
# them into the kernelspec; `baeum bench --jvm kernel` runs the workloads with them, so the engine's
# speed is measured in the JVM students get.
# Serial GC and a small initial heap that shrinks back: ~190 MiB idle instead of ~360 (Parallel GC);
# -ShrinkHeapInSteps: the idle GCs (IdleTrim) give a dropped 2 GiB back at once, not 10% a GC.
# C2 waits 10x longer for JDK code (javac above all), whose C2 compiles otherwise take most of
# the two cores while the kernel starts; Baeum's own code keeps the usual thresholds (0.1 x 10).
# Start to the first result: 0.67-0.81 s instead of 0.81-0.98 s, kernel CPU 1.15 s instead of 1.45.
# Memory the JIT compilers and javac's native allocations freed goes back to the system
# (-XX:TrimNativeHeapInterval, and two malloc arenas instead of one per thread, MALLOC_ARENA_MAX
# in the kernelspec's env): idle RSS 138 MiB instead of 156 in one measurement.
# While a cell trains, the engine's baeum.storage.HeapBudget asks for a full GC when the old
# generation reaches 1.5x its live size (Serial GC itself would first grow it to -Xmx), and the
# young generation stays at most 48 MiB (it grows to a third of the old one otherwise): peak RSS
# of the LSTM workload 285-334 MiB instead of 2.5 GiB, LeNet's 553 MiB instead of 2.8 GiB
# (`baeum bench --jvm kernel --loop student`, -Xmx4g).
baeum_kernel_tuning() {
  printf '%s\n' -XX:+UseSerialGC "-Xmx$1" -Xms32m -XX:MaxNewSize=48m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=40 \
    -XX:-ShrinkHeapInSteps -XX:Tier4InvocationThreshold=50000 -XX:Tier4CompileThreshold=150000 \
    -XX:Tier4BackEdgeThreshold=400000 -XX:TrimNativeHeapInterval=2000 -XX:CompileCommand=quiet \
    "-XX:CompileCommand=CompileThresholdScaling,baeum.*::*,0.1"
}

# baeum_default_heap: half the machine's memory, at most 4g, at least 512m (as a JVM size).
baeum_default_heap() {
  local kb
  kb="$(sed -n 's/^MemTotal: *\([0-9]*\) kB/\1/p' /proc/meminfo 2>/dev/null)"
  if [ -z "$kb" ]; then echo 2g; return; fi
  local mb=$(( kb / 2048 ))
  [ "$mb" -gt 4096 ] && mb=4096
  [ "$mb" -lt 512 ] && mb=512
  echo "${mb}m"
}


# baeum_quiet_incubator: from here on, this shell's standard error (and what it execs) drops the
# line "WARNING: Using incubator modules: jdk.incubator.vector". JDK 25 prints it with
# System.err.println while the module system boots (jdk.internal.module.ModuleBootstrap
# .checkIncubatingStatus), so no -Xlog option or system property silences it; every other line
# of standard error passes through unchanged.
baeum_quiet_incubator() {
  exec 2> >(grep -v --line-buffered -x 'WARNING: Using incubator modules: jdk.incubator.vector' >&2)
}

# baeum_exercises_cli SUBCOMMAND [JVM options] -- [args]: runs the exercises CLI (assign, grade,
# autograder) on a built tree.
baeum_exercises_cli() {
  local sub="$1" jvm=(); shift
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do jvm+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  baeum_find_jdk
  baeum_build
  baeum_quiet_incubator
  exec java "${BAEUM_JVM_OPTS[@]}" "${jvm[@]}" -Dbaeum.home="$BAEUM_HOME" \
    -cp "$(baeum_classpath)" baeum.exercises.cli.Main "$sub" "$@"
}

# baeum_build: compiles every module into jars (no tests) and writes each module's runtime class
# path to <module>/target/runtime.classpath. Skips when no source changed since the last build.
baeum_build() {
  local stamp="$BAEUM_HOME/target/.built"
  if [ -f "$stamp" ] && [ -z "$(find "$BAEUM_HOME" -path "$BAEUM_HOME/*/target" -prune -o \
        \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) \
        -newer "$stamp" -print -quit)" ]; then
    return 0
  fi
  echo "baeum: building ..." >&2
  # Maven's output goes to stderr: the standard output of `baeum bench` is its JSON lines
  (cd "$BAEUM_HOME" && mvn -B -q -DskipTests package dependency:build-classpath \
      -Dmdep.outputFile=target/runtime.classpath -Dmdep.includeScope=runtime) >&2
  mkdir -p "$BAEUM_HOME/target" && touch "$stamp"
}

# baeum_classpath: the class path of a full Baeum session (engine, kernel, exercises' check()).
baeum_classpath() {
  local m=exercises
  echo "$BAEUM_HOME/$m/target/classes:$(cat "$BAEUM_HOME/$m/target/runtime.classpath")"
}

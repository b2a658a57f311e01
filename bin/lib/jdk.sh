# Finds a JDK 25 (or newer) and exports JAVA_HOME and PATH for it.
# Order: $JAVA_HOME, then the standard JVM directories. Sourced by bin/baeum and .ci/run.

baeum_jdk_version() { # prints the feature version of the JDK at $1, or nothing
  local java="$1/bin/java"
  [ -x "$java" ] && [ -x "$1/bin/javac" ] || return 0
  "$java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

baeum_find_jdk() {
  local candidates=() c v
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for c in /usr/lib/jvm/*25* /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
           /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$c" ] && candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    v=$(baeum_jdk_version "$c")
    if [ -n "$v" ] && [ "$v" -ge 25 ]; then
      export JAVA_HOME="$c"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  cat >&2 <<MSG
baeum: no JDK 25 found.
  Looked at JAVA_HOME (${JAVA_HOME:-unset}) and /usr/lib/jvm, /usr/java, /opt/java.
  Install one (for example Temurin 25 or 'apt-get install openjdk-25-jdk' where your
  distribution has it) and set JAVA_HOME to its directory, then run this again.
MSG
  return 1
}

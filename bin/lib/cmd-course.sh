# summary: build, then open the course (a JShell with the DSL until the kernel lands)
. "$BAEUM_HOME/bin/lib/cmd-jshell.sh" "$@"

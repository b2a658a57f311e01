# summary: build, install the kernel, and open the course in Jupyter Notebook on localhost
# usage: baeum course [jupyter notebook options, e.g. --port 8899]
course_args=("$@")
if ! baeum_ensure_debs "${BAEUM_COURSE_DEBS[@]}" && ! jupyter notebook --version >/dev/null 2>&1; then
  echo "baeum: the course needs Jupyter Notebook. Install it (Debian/Ubuntu, as root: apt-get install" \
       "jupyter-notebook; elsewhere: pip install notebook), then run 'baeum course' again." >&2
  exit 1
fi
set --
. "$BAEUM_HOME/bin/lib/cmd-install.sh"
# Jupyter refuses to run as root unless told: root is what a fresh machine or a container gives
root_args=()
[ "$(id -u)" = 0 ] && root_args=(--allow-root)
echo "baeum: starting Jupyter Notebook on localhost with the course (Ctrl+C twice to stop) ..." >&2
exec jupyter notebook --ip=127.0.0.1 --notebook-dir="$BAEUM_HOME/notebooks" "${root_args[@]}" "${course_args[@]}"

# summary: build, install the kernel, and open the course in Jupyter Notebook on localhost (Korean; --lang en)
# usage: baeum course [--lang ko|en] [jupyter notebook options, e.g. --port 8899 --no-browser]
#   --lang ko    the Korean edition, notebooks/ko (the default)
#   --lang en    the English edition, notebooks/en
#   The notebook list shows the chapters of that edition only, and a notebook made with
#   Jupyter's "New" menu uses the Baeum (Java) kernel. Every other option goes to
#   'jupyter notebook' as is (--port N, --no-browser, --NotebookApp.token=..., ...).
course_lang=ko course_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --lang) [ $# -ge 2 ] || { echo "baeum course: --lang needs ko or en" >&2; exit 2; }
            course_lang="$2"; shift 2 ;;
    --lang=*) course_lang="${1#--lang=}"; shift ;;
    -h|--help) sed -n 's/^# \{0,1\}//p' "$BAEUM_HOME/bin/lib/cmd-course.sh" | sed -n '2,7p'; exit 0 ;;
    *) course_args+=("$1"); shift ;;
  esac
done
case "$course_lang" in
  ko|en) ;;
  *) echo "baeum course: --lang is ko (Korean, the default) or en (English), not '$course_lang'" >&2; exit 2 ;;
esac
course_dir="$BAEUM_HOME/notebooks/$course_lang"
[ -d "$course_dir" ] || { echo "baeum course: no edition at $course_dir" >&2; exit 1; }
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
echo "baeum: starting Jupyter Notebook on localhost with the course, edition '$course_lang' (Ctrl+C twice to stop) ..." >&2
# MultiKernelManager.default_kernel_name: the kernel of a notebook made with "New" (Jupyter
# Notebook 6's MappingKernelManager inherits it; without it, new notebooks would be Python)
exec jupyter notebook --ip=127.0.0.1 --notebook-dir="$course_dir" \
  --MultiKernelManager.default_kernel_name=baeum "${root_args[@]}" "${course_args[@]}"

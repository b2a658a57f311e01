# summary: run notebooks top to bottom with this checkout's kernel and store their outputs in place
# usage: baeum execute NOTEBOOK.ipynb... [--timeout SECONDS]
#   Each notebook runs in a fresh kernel, as a student would run it (Run All); its outputs are written
#   back into the file. The kernelspec lives in target/jupyter (the user's Jupyter is not touched).
#   A cell that fails stops that notebook and the command exits non-zero (its file is left unchanged).
exec_timeout=600 exec_files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --timeout) exec_timeout="$2"; shift 2 ;;
    -h|--help) sed -n 's/^# \{0,1\}//p' "$BAEUM_HOME/bin/lib/cmd-execute.sh" | sed -n '2,6p'; exit 0 ;;
    *) exec_files+=("$1"); shift ;;
  esac
done
[ ${#exec_files[@]} -gt 0 ] || { echo "baeum execute: name at least one notebook (baeum execute notebooks/ko/ch01_tensors.ipynb)" >&2; exit 2; }
baeum_ensure_debs jupyter-nbconvert python3-nbclient || true
exec_jupyter="$BAEUM_HOME/target/jupyter"
( set -- --dir "$exec_jupyter/kernels/baeum" --no-aot; . "$BAEUM_HOME/bin/lib/cmd-install.sh" )
exec_status=0
for nb in "${exec_files[@]}"; do
  echo "baeum execute: $nb ..." >&2
  start=$(date +%s)
  # record_timing=False: no per-cell timestamps in the metadata (the two editions' cell metadata
  # must stay identical, and a re-run should not change cells that did not change)
  if JUPYTER_PATH="$exec_jupyter" jupyter nbconvert --to notebook --execute --inplace \
       --ExecutePreprocessor.timeout="$exec_timeout" --ExecutePreprocessor.kernel_name=baeum \
       --ExecutePreprocessor.record_timing=False "$nb" >&2; then
    echo "baeum execute: $nb done in $(( $(date +%s) - start )) s" >&2
  else
    echo "baeum execute: $nb FAILED (see the error above); the file is unchanged" >&2
    exec_status=1
  fi
done
exit $exec_status

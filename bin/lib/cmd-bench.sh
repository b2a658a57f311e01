# summary: benchmarks: end-to-end workloads (default), `jmh` kernels, `pytorch` reference, `kernel` vs IPython; docs/benchmarks.md
# Usage:
#   baeum bench [-Dprop=value ...] [workload ...]
#                                   one JSON line per workload with medians (default: all of them),
#                                   each workload in a fresh JVM;
#                                   -D/-X options go to the JVM, e.g. -Depochs.mlp=1
#     --jvm kernel                  run them with the kernel's JVM flags (Serial GC, its heap and JIT
#                                   thresholds: baeum_kernel_tuning) instead of the bench's
#     --loop student                train as a student writes it: data.loader(...).shuffle(true),
#                                   progress(...) (on stderr), instead of preloaded arrays
#   baeum bench jmh [JMH options]   JMH kernel/overhead benchmarks, e.g. `baeum bench jmh GemmBench`
#   baeum bench pytorch [script]    the PyTorch side (bench/pytorch): all in the 2-thread setting,
#                                   or one script, e.g. `baeum bench pytorch xor.py`
#   baeum bench table [part ...]    the engine-speed table: sgemm, MLP/LeNet/LSTM epochs (first and
#                                   steady), peak RSS; Baeum at the machine's vector width and at
#                                   256 and 128 bits (-XX:MaxVectorSize), PyTorch beside it, ratios.
#                                   Parts: native 256 128 student torch (default all, ~15 min;
#                                   student: the epochs through the student's loop in the kernel's
#                                   JVM, at the native width); each writes
#                                   into $BENCH_TABLE_DIR (default bench/results/table-<time>), so a
#                                   sitting may be split: `BENCH_TABLE_DIR=d baeum bench table 128`.
#   baeum bench table --print DIR   the table of a directory written by earlier parts
#   baeum bench kernel [--spec DIR] [--starts N] [--cells N] [--kernels baeum,python3]
#                                   the Jupyter kernel through Debian's jupyter_client, next to
#                                   IPython's (docs/kernel.md, "Speed"); installs the kernelspec
#                                   in a temporary dir unless --spec names an installed one
baeum_bench_jvm() { # the JVM flags of every Baeum JVM (see baeum.jvm.args in pom.xml)
  echo "${BAEUM_JVM_OPTS[*]} -XX:+UseParallelGC"
}
# The workloads' extra flags: a bounded young generation (peak RSS of the MLP run 450 MB instead of
# 660 MB), and C2 compiling the SIMD kernels 20x sooner (their Vector API code is hundreds of times
# slower until C2 compiles it; the engine's warm-up thread, baeum.kernels.KernelWarmup, does most
# of that work before the first batch: first MLP epoch ~1.3x the steady one, ~1.9x without it).
# The PyTorch side's Debian packages (bench/pytorch/README.md), installed when missing.
BAEUM_TORCH_DEBS=(python3-torch python3-numpy python3-threadpoolctl libopenblas0-pthread dataset-fashion-mnist gcc)
BAEUM_BENCH_FLAGS=${BAEUM_BENCH_FLAGS:-"-Xmx1g -Xmn96m -XX:CompileCommand=quiet -XX:CompileCommand=CompileThresholdScaling,baeum.kernels.*::*,0.05"}
case "${1:-}" in
  pytorch)
    shift
    baeum_ensure_debs "${BAEUM_TORCH_DEBS[@]}"
    cd "$BAEUM_HOME/bench/pytorch"
    if [ $# -eq 0 ]; then
      CONFIGS="${CONFIGS:-2p}" exec bash run_all.sh
    fi
    script="$1"; shift
    OMP_WAIT_POLICY=passive exec /usr/bin/python3 "$script" --threads 2 "$@"
    ;;
  jmh)
    shift
    baeum_find_jdk
    baeum_build
    cp="$BAEUM_HOME/bench/target/classes:$(cat "$BAEUM_HOME/bench/target/runtime.classpath")"
    # shellcheck disable=SC2046
    exec java $(baeum_bench_jvm) -cp "$cp" org.openjdk.jmh.Main "$@"
    ;;
  table)
    shift
    if [ "${1:-}" = --print ]; then exec python3 "$BAEUM_HOME/bench/table.py" "$2"; fi
    parts=("$@"); [ ${#parts[@]} -gt 0 ] || parts=(native 256 128 student torch)
    dir=${BENCH_TABLE_DIR:-$BAEUM_HOME/bench/results/table-$(date -u +%Y%m%dT%H%M%SZ)}
    mkdir -p "$dir"
    for part in "${parts[@]}"; do
      echo "== $part -> $dir" >&2
      case "$part" in
        native) "$BAEUM_HOME/bin/baeum" bench sgemm mlp cnn lstm > "$dir/baeum-native.jsonl" ;;
        256|128) "$BAEUM_HOME/bin/baeum" bench -XX:MaxVectorSize=$((part / 8)) sgemm mlp cnn lstm \
                   > "$dir/baeum-$part.jsonl" ;;
        student) "$BAEUM_HOME/bin/baeum" bench --jvm kernel --loop student mlp cnn lstm > "$dir/baeum-student.jsonl" ;;
        torch)
          baeum_ensure_debs "${BAEUM_TORCH_DEBS[@]}"
          (cd "$BAEUM_HOME/bench/pytorch"
           export OMP_WAIT_POLICY=passive
           env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 peak.py --threads 2 --no-numpy \
             > "$dir/torch-peak.json"
           /usr/bin/python3 mlp_fmnist.py --threads 2 --epochs 5 > "$dir/torch-mlp.json"
           /usr/bin/python3 cnn_fmnist.py --threads 2 --epochs 3 > "$dir/torch-cnn.json"
           /usr/bin/python3 rnn.py --threads 2 --epochs 3 > "$dir/torch-rnn.json") ;;
        *) echo "baeum bench table: unknown part '$part'; choose from native 256 128 student torch" >&2; exit 2 ;;
      esac
    done
    exec python3 "$BAEUM_HOME/bench/table.py" "$dir"
    ;;
  kernel)
    shift
    baeum_ensure_debs python3-jupyter-client python3-ipykernel python3-psutil
    spec="" rest=()
    while [ $# -gt 0 ]; do
      case "$1" in
        --spec) [ $# -ge 2 ] || { echo "baeum bench kernel: --spec needs a kernelspec dir" >&2; exit 2; }
                spec="$2"; shift 2 ;;
        *) rest+=("$1"); shift ;;
      esac
    done
    data="$(mktemp -d)"
    trap 'rm -rf "$data"' EXIT
    mkdir -p "$data/kernels"
    if [ -n "$spec" ]; then
      [ -f "$spec/kernel.json" ] || { echo "baeum bench kernel: no kernel.json in $spec" >&2; exit 2; }
      ln -s "$(cd "$spec" && pwd)" "$data/kernels/baeum"
    else
      ( set -- --dir "$data/kernels/baeum"; . "$BAEUM_HOME/bin/lib/cmd-install.sh" )
    fi
    /usr/bin/python3 "$BAEUM_HOME/kernel/src/test/python/kernel_bench.py" --spec-dir "$data" "${rest[@]}" \
      2> >(grep -v --line-buffered -x 'WARNING: Using incubator modules: jdk.incubator.vector' >&2)
    ;;
  -h|--help|help)
    sed -n 's/^#   //p' "$BAEUM_HOME/bin/lib/cmd-bench.sh"
    ;;
  *)
    baeum_find_jdk
    baeum_build
    cp="$BAEUM_HOME/bench/target/classes:$(cat "$BAEUM_HOME/bench/target/runtime.classpath")"
    jvm=() names=()
    # shellcheck disable=SC2206,SC2046
    base=($(baeum_bench_jvm)) flags=($BAEUM_BENCH_FLAGS)
    while [ $# -gt 0 ]; do
      case "$1" in
        --jvm)
          case "${2:-}" in
            kernel) base=("${BAEUM_JVM_OPTS[@]}"); mapfile -t flags < <(baeum_kernel_tuning "$(baeum_default_heap)")
                    jvm+=(-Dbench.jvm=kernel) ;;
            bench) ;;
            *) echo "baeum bench: --jvm takes kernel or bench, not '${2:-}'" >&2; exit 2 ;;
          esac
          shift 2 ;;
        --loop)
          case "${2:-}" in
            student|preloaded) jvm+=("-Dbench.loop=$2") ;;
            *) echo "baeum bench: --loop takes student or preloaded, not '${2:-}'" >&2; exit 2 ;;
          esac
          shift 2 ;;
        -D*|-X*) jvm+=("$1"); shift ;;
        *) names+=("$1"); shift ;;
      esac
    done
    # each workload in a JVM of its own, as each PyTorch script runs in a process of its own (one
    # JVM for all left the LSTM ~25% slower, its code compiled for the workloads before it)
    # shellcheck disable=SC2046,SC2207
    [ ${#names[@]} -gt 0 ] || names=($(java $(baeum_bench_jvm) -cp "$cp" baeum.bench.Workloads --list 2>/dev/null))
    [ ${#names[@]} -gt 0 ] || { echo "baeum bench: could not list the workloads (baeum.bench.Workloads --list)" >&2; exit 1; }
    for name in "${names[@]}"; do
      java "${base[@]}" "${flags[@]}" "${jvm[@]}" -cp "$cp" baeum.bench.Workloads "$name" || exit $?
    done
    ;;
esac

# summary: serve the course to a class with JupyterHub on this machine (deploy/jupyterhub; trial logins by default)
# usage: baeum hub [--lang ko|en] [--port 8000] [--ip 127.0.0.1] [--users trial|system] [--group students]
#                  [--password PW] [--max-heap 2g] [--cull-kernel SECONDS] [--cull-server SECONDS] [--chapters ch01,ch02]
#                  [--state DIR] [--mem-limit 3G] [--cpu-limit 1] [jupyterhub options]
#   Starts Debian's JupyterHub with deploy/jupyterhub/jupyterhub_config.py: each student who logs in
#   gets a Jupyter server with the "Java (Baeum)" kernel and, on first login, the released course
#   (student versions made by `baeum assign`) in ~/course.
#   --users trial   anyone logs in with any name (with --password, only with that password); every
#                   server runs as you, homes in STATE/home (the default; for trying it out)
#   --users system  the machine's users log in with their passwords, servers run as them (as root);
#                   only members of the Unix group --group NAME (default students; root never)
#                   may log in. Off localhost the passwords cross the network: pass JupyterHub's
#                   --ssl-key KEY --ssl-cert CERT, or serve it behind a TLS reverse proxy
#   --max-heap      each kernel's Java heap cap (default 2g)
#   --cull-kernel   stop a kernel idle this long (default 1200 s); --cull-server: stop a server
#                   with no kernel this long (default 600 s; checked once a minute)
#   --chapters      release only these chapters (default: every chapter of the edition)
#   --state         the hub's database, secrets, released course and trial homes (default target/hub)
#   --mem-limit, --cpu-limit  JupyterHub's Spawner limits; the local spawners do not enforce them
#   Ports: PORT for the students (the proxy), and on 127.0.0.1 PORT+1 (the hub's API; another with
#   BAEUM_HUB_API_PORT) and PORT+2 (the proxy's API): all three must be free.
#   Settings from the environment: BAEUM_HUB_ADMINS=NAME,NAME (admin users), BAEUM_HUB_MAX_SERVERS
#   (servers running at once, default 0 = no limit), BAEUM_HUB_CONCURRENT_SPAWNS (servers starting at
#   once, default 100), BAEUM_HUB_POLL (seconds between the hub's checks that a server lives,
#   default 30), BAEUM_HUB_EXTRA_CONFIG (a config file of yours, loaded last).
#   Real logins (OAuth, LTI from your LMS) are JupyterHub plugins: see docs/teachers.md.
# usage: baeum hub load [--students 20] [--lang en] [--chapter ch01] [--max-heap 1g]
#   The class load test: starts a hub of its own (trial users, a temporary state folder), then the
#   students at once log in through the REST API, start their servers and run every cell of the
#   released chapter (answers typed in) through the kernel's websocket; prints the times to a started
#   server and to the first result, cells run, errors, memory at the peak and per idle student;
#   exits 1 when there was any error. Its kernels get --max-heap 1g by default (`baeum hub`: 2g).

# what the hub needs: JupyterHub (with its configurable-http-proxy) and the Jupyter Notebook server
# that jupyterhub-singleuser extends
BAEUM_HUB_DEBS=(maven jupyterhub jupyter-notebook)
if [ "${1:-}" = load ]; then
  shift
  baeum_ensure_debs "${BAEUM_HUB_DEBS[@]}" || true
  baeum_find_jdk
  baeum_build
  exec java -Dbaeum.home="$BAEUM_HOME" \
    -cp "$BAEUM_HOME/deploy/target/classes:$(cat "$BAEUM_HOME/deploy/target/runtime.classpath")" \
    baeum.deploy.ClassLoad "$@"
fi
hub_lang=ko hub_state="$BAEUM_HOME/target/hub" hub_heap=2g hub_chapters="" hub_args=()
export BAEUM_HUB_PORT="${BAEUM_HUB_PORT:-8000}" BAEUM_HUB_IP="${BAEUM_HUB_IP:-127.0.0.1}"
while [ $# -gt 0 ]; do
  case "$1" in
    --lang|--port|--ip|--users|--group|--password|--max-heap|--cull-kernel|--cull-server|--chapters|--state|--mem-limit|--cpu-limit)
      [ $# -ge 2 ] || { echo "baeum hub: $1 needs a value (baeum hub --help)" >&2; exit 2; } ;;
  esac
  case "$1" in
    --lang) hub_lang="$2"; shift 2 ;;
    --port) export BAEUM_HUB_PORT="$2"; shift 2 ;;
    --ip) export BAEUM_HUB_IP="$2"; shift 2 ;;
    --users) export BAEUM_HUB_USERS="$2"; shift 2 ;;
    --group) export BAEUM_HUB_GROUP="$2"; shift 2 ;;
    --password) export BAEUM_HUB_PASSWORD="$2"; shift 2 ;;
    --max-heap) hub_heap="$2"; shift 2 ;;
    --cull-kernel) export BAEUM_HUB_CULL_KERNEL="$2"; shift 2 ;;
    --cull-server) export BAEUM_HUB_CULL_SERVER="$2"; shift 2 ;;
    --chapters) hub_chapters="$2"; shift 2 ;;
    --state) hub_state="$2"; shift 2 ;;
    --mem-limit) export BAEUM_HUB_MEM_LIMIT="$2"; shift 2 ;;
    --cpu-limit) export BAEUM_HUB_CPU_LIMIT="$2"; shift 2 ;;
    *) hub_args+=("$1"); shift ;;
  esac
done
case "$hub_lang" in
  ko|en) ;;
  *) echo "baeum hub: --lang is ko (Korean, the default) or en (English), not '$hub_lang'" >&2; exit 2 ;;
esac
case "${BAEUM_HUB_USERS:-trial}" in
  trial|system) ;;
  *) echo "baeum hub: --users is trial or system, not '$BAEUM_HUB_USERS'" >&2; exit 2 ;;
esac
hub_on_loopback() { case "$BAEUM_HUB_IP" in 127.*|localhost|::1) return 0 ;; *) return 1 ;; esac; }
if [ "${BAEUM_HUB_USERS:-trial}" = trial ] && [ -z "${BAEUM_HUB_PASSWORD:-}" ] && ! hub_on_loopback; then
  echo "baeum hub: trial users on $BAEUM_HUB_IP would let anyone who reaches the port log in under any name and run code; give a --password, use --users system, or keep --ip 127.0.0.1" >&2
  exit 2
fi
if [ "${BAEUM_HUB_USERS:-trial}" = system ] && ! [[ " ${hub_args[*]} " == *" --ssl-cert"* ]] && ! hub_on_loopback; then
  echo "baeum hub: warning: without --ssl-key/--ssl-cert the students' passwords cross the network to $BAEUM_HUB_IP in cleartext; use them, or a TLS reverse proxy in front" >&2
fi
for v in BAEUM_HUB_PORT BAEUM_HUB_CULL_KERNEL BAEUM_HUB_CULL_SERVER; do
  [ -z "${!v:-}" ] || [[ "${!v}" =~ ^[0-9]+$ ]] || { echo "baeum hub: ${v#BAEUM_HUB_} takes a whole number, not '${!v}'" >&2; exit 2; }
done
if ! baeum_ensure_debs "${BAEUM_HUB_DEBS[@]}" && ! command -v jupyterhub >/dev/null 2>&1; then
  echo "baeum hub: needs JupyterHub (Debian/Ubuntu, as root: apt-get install jupyterhub jupyter-notebook)" >&2
  exit 1
fi
mkdir -p "$hub_state"
hub_state="$(cd "$hub_state" && pwd)"
export BAEUM_HUB_STATE="$hub_state" BAEUM_HUB_JUPYTER_PATH="$hub_state/jupyter" \
       BAEUM_HUB_COURSE="$hub_state/release/$hub_lang"
# the kernel, for every student, in the hub's own Jupyter path (the machine's Jupyter is not touched)
( set -- --dir "$BAEUM_HUB_JUPYTER_PATH/kernels/baeum" --max-heap "$hub_heap"; . "$BAEUM_HOME/bin/lib/cmd-install.sh" )
# the student versions of the chapters, made again when a teacher notebook is newer than its release
mkdir -p "$BAEUM_HUB_COURSE"
for nb in "$BAEUM_HOME/notebooks/$hub_lang"/ch*.ipynb; do
  name="$(basename "$nb")"
  if [ -n "$hub_chapters" ] && ! [[ ",$hub_chapters," == *",${name%%_*},"* ]]; then
    rm -f "$BAEUM_HUB_COURSE/$name"; continue
  fi
  if [ ! -f "$BAEUM_HUB_COURSE/$name" ] || [ "$nb" -nt "$BAEUM_HUB_COURSE/$name" ]; then
    "$BAEUM_HOME/bin/baeum" assign "$nb" --out "$BAEUM_HUB_COURSE" >&2 \
      || { echo "baeum hub: could not release $nb (see above)" >&2; exit 1; }
  fi
done
echo "baeum: JupyterHub on http://$BAEUM_HUB_IP:$BAEUM_HUB_PORT/ with the course (edition '$hub_lang'," \
     "users '${BAEUM_HUB_USERS:-trial}'); Ctrl+C stops it and every student's server" >&2
cd "$hub_state"
exec jupyterhub -f "$BAEUM_HOME/deploy/jupyterhub/jupyterhub_config.py" "${hub_args[@]}"

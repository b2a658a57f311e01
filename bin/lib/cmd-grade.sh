# summary: grade a folder of submissions (baeum grade --assignment ch04 submissions/)
# bubblewrap gives each worker a private filesystem; without it the grader falls back to an
# unprivileged uid (as root) and says so.
command -v bwrap >/dev/null 2>&1 || baeum_ensure_debs bubblewrap || true
baeum_exercises_cli grade -Xmx2g -- "$@"

# summary: grade a folder of submissions (baeum grade --assignment ch04 submissions/)
# usage: baeum grade --assignment NAME|DIR SUBMISSIONS [--out graded/NAME] [--jobs N] [--regrade]
#                    [--sandbox auto|bwrap|setpriv|none] [--memory MB] [--no-aot]
#   Grades every notebook in SUBMISSIONS with the assignment's hidden tests; writes results.json
#   per submission, a CSV gradebook and readable feedback under --out.

# bubblewrap gives each worker a private filesystem; without it the grader falls back to an
# unprivileged uid (as root) and says so.
command -v bwrap >/dev/null 2>&1 || baeum_ensure_debs bubblewrap || true
baeum_exercises_cli grade -Xmx2g -- "$@"

# summary: grade a folder of submissions (baeum grade --assignment ch04 submissions/)
# usage: baeum grade --assignment NAME|DIR SUBMISSIONS [--out graded/NAME] [--jobs N] [--regrade]
#                    [--sandbox auto|bwrap|setpriv|none] [--memory MB] [--no-aot] [--slice INDEX/COUNT]
#        baeum grade --merge SLICE_DIR... --out graded/NAME
#   Grades every notebook in SUBMISSIONS with the assignment's hidden tests; writes results.json
#   per submission, a CSV gradebook and readable feedback under --out.
#   --slice i/n grades only slice i (from 0) of n, e.g. one pod of a Kubernetes Indexed Job;
#   --merge checks that every slice is there once and collects them into one gradebook.

# bubblewrap gives each worker a private filesystem; without it the grader falls back to an
# unprivileged uid (as root) and says so.
command -v bwrap >/dev/null 2>&1 || baeum_ensure_debs bubblewrap || true
baeum_exercises_cli grade -Xmx2g -- "$@"

# summary: build a Gradescope autograder zip (baeum autograder ch04 [--out FILE.zip])
# usage: baeum autograder NAME|DIR [--out autograder-NAME.zip]
#   Builds a Gradescope autograder zip for the assignment (a name under exercises/assignments, or a folder).
baeum_exercises_cli autograder -- "$@"

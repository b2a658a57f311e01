# summary: build a Gradescope autograder zip (baeum autograder ch04 [--out FILE.zip])
baeum_exercises_cli autograder -- "$@"

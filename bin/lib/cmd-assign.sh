# summary: write the student version of a teacher's notebook (baeum assign NOTEBOOK --out release/)
# usage: baeum assign NOTEBOOK [--out release/] [--assignment DIR]
#   Writes the student version of a teacher's notebook: solutions replaced by stubs, outputs cleared.
#   --out         the folder for the student notebook (default: release/)
#   --assignment  the assignment folder (with assignment.json); default exercises/assignments/<name>
baeum_exercises_cli assign -- "$@"

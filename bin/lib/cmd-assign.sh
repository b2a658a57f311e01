# summary: write the student version of a teacher's notebook (baeum assign NOTEBOOK --out release/)
baeum_exercises_cli assign -- "$@"

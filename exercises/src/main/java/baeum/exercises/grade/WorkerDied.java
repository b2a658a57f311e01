package baeum.exercises.grade;

import baeum.exercises.StudentException;

/** The worker stopped answering: timed out (and was killed), ended, ran out of memory, or broke the protocol. */
final class WorkerDied extends Exception {

    private final StudentException.Kind kind;

    WorkerDied(StudentException.Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    StudentException.Kind kind() {
        return kind;
    }
}

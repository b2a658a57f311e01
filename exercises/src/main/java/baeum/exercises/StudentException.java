package baeum.exercises;

/**
 * The student's code did not produce a value: the method is missing or has another signature,
 * it threw, it returned the wrong type, ran out of time or memory, or ended its session. The
 * message is written for the student.
 */
public class StudentException extends RuntimeException {

    /** What went wrong, as a short word for reports. */
    public enum Kind { MISSING, THREW, WRONG_TYPE, TIMEOUT, CRASHED, OUT_OF_MEMORY, OUT_OF_TIME, BROKEN }

    private final Kind kind;

    public StudentException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}

package baeum.exercises.wire;

/** Message codes of the grader-worker protocol. */
public final class Msg {

    /** grader -> worker: evaluate a cell (string: source). */
    public static final int EVAL = 1;
    /** grader -> worker: call a method (string: name, int: count, values). */
    public static final int CALL = 2;
    /** grader -> worker: remember the session's snippet classes for calls. */
    public static final int ANCHOR = 3;
    /** grader -> worker: exit. */
    public static final int QUIT = 9;

    /** worker -> grader: ready (int: protocol version). */
    public static final int READY = 100;
    /** reply: done; a value follows (null for EVAL). */
    public static final int OK = 101;
    /** reply: the code threw at run time (string: message). */
    public static final int THREW = 102;
    /** reply: the cell did not compile (string: message). */
    public static final int COMPILE_ERROR = 103;
    /** reply: the call could not be made (string: message, int: StudentException.Kind ordinal). */
    public static final int FAILED = 104;

    public static final int VERSION = 1;

    private Msg() {
    }
}

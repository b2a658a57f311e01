package baeum.exercises.grade;

import baeum.exercises.Student;
import baeum.exercises.StudentException;
import baeum.exercises.StudentException.Kind;
import baeum.exercises.repl.Values;
import baeum.exercises.wire.Codec;
import baeum.exercises.wire.Msg;

/**
 * The {@link Student} the grader's tests see: each call goes to the submission's worker JVM and
 * only the returned value comes back, decoded in the grader. What the student's code printed
 * during the test is collected for the feedback.
 */
final class RemoteStudent implements Student {

    private final Session session;
    private final double seconds;
    private final long testDeadline;
    private final StringBuilder printed = new StringBuilder();
    private String fatal;

    /** @param seconds the time budget of the whole test (the exercise's timeout) */
    RemoteStudent(Session session, double seconds) {
        this.session = session;
        this.seconds = seconds;
        this.testDeadline = System.nanoTime() + (long) (seconds * 1e9);
    }

    @Override
    public <T> T call(String method, Class<T> type, Object... args) {
        double left = (testDeadline - System.nanoTime()) / 1e9;
        if (left <= 0) throw new StudentException(Kind.TIMEOUT, "the test ran out of its " + (int) seconds + " s");
        WorkerProcess.Reply r;
        try {
            r = session.call(method, args, left);
        } catch (StudentException e) {
            if (e.kind() != Kind.OUT_OF_TIME) fatal = e.getMessage();
            throw e;
        }
        if (!r.output().isEmpty()) printed.append(r.output());
        if (r.status() == Msg.FAILED) {
            Kind[] kinds = Kind.values();
            Kind k = r.kind() >= 0 && r.kind() < kinds.length ? kinds[r.kind()] : Kind.BROKEN;
            throw new StudentException(k, String.valueOf(r.payload()));
        }
        if (r.status() != Msg.OK) throw new StudentException(Kind.BROKEN, method + ": unexpected reply from the worker");
        if (r.payload() instanceof Codec.Opaque o)
            throw new StudentException(Kind.WRONG_TYPE, method + " returned a " + o.className() + ", but the exercise expects a "
                    + type.getSimpleName());
        return Values.cast(method, type, r.payload());
    }

    /**
     * Why a call ended the worker (timeout, exit, memory, broken channel), or null: the grader
     * then fails the exercise's remaining tests at once instead of waiting out each of them.
     */
    String fatal() {
        return fatal;
    }

    String printed() {
        return printed.toString();
    }
}

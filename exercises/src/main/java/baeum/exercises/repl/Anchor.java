package baeum.exercises.repl;

/**
 * Remembers the snippet class that called {@link #mark()}: the worker evaluates
 * {@code baeum.exercises.repl.Anchor.mark()} after a submission's cells to find the session's
 * snippet classes from outside JShell.
 */
public final class Anchor {

    private static volatile Class<?> last;

    private Anchor() {
    }

    public static void mark() {
        last = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
    }

    public static Class<?> last() {
        return last;
    }
}

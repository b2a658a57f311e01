package baeum.kernel.eval;

/**
 * Holds the object a snippet's {@code do_it$} method returned, so the kernel can render the value
 * itself rather than JShell's {@code toString} of it. {@link SnippetRewriter} inserts the call.
 */
public final class CellValue {
    private static volatile Object last;

    private CellValue() {}

    /** Called by rewritten snippet code just before {@code do_it$} returns. */
    public static void capture(Object value) {
        last = value;
    }

    static void clear() {
        last = null;
    }

    static Object last() {
        return last;
    }
}

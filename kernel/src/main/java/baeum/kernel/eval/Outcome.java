package baeum.kernel.eval;

import java.util.List;

/** What running a cell (or part of one) gave: a value to show, nothing to show, or a failure. */
public sealed interface Outcome {

    /** Success; {@code shown} tells whether {@code value} is a result to display (an expression). */
    record Done(boolean shown, Object value, String text) implements Outcome {
        public static final Done NOTHING = new Done(false, null, "");
    }

    /** A failure as Jupyter shows it: {@code ename: evalue} and the traceback lines. */
    record Failed(String ename, String evalue, List<String> traceback) implements Outcome {
        /** The {@code ename} of a cell that does not compile. */
        public static final String COMPILE_ERROR = "CompileError";

        public static Failed of(String ename, String evalue) {
            return new Failed(ename, evalue, List.of(ErrorReport.RED + ename + ErrorReport.RESET + ": " + evalue));
        }

        /** Whether the cell did not compile (rather than failing as it ran). */
        public boolean isCompileError() {
            return ename.equals(COMPILE_ERROR);
        }

        /**
         * The traceback as plain text (no colours), as grading feedback shows it: a compile error
         * without its first line, which only names the notebook cell ({@code Compile error in In [3]:}).
         */
        public String report() {
            List<String> lines = isCompileError() && !traceback.isEmpty() ? traceback.subList(1, traceback.size()) : traceback;
            return ErrorReport.plain(String.join("\n", lines));
        }
    }
}

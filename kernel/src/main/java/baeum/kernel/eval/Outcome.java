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
        public static Failed of(String ename, String evalue) {
            return new Failed(ename, evalue, List.of(ErrorReport.RED + ename + ErrorReport.RESET + ": " + evalue));
        }
    }
}

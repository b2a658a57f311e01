package baeum.exercises.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markers in a teacher's cells: {@code // BEGIN SOLUTION} ... {@code // END SOLUTION} around
 * the answer, and {@code // BEGIN HIDDEN TESTS} ... {@code // END HIDDEN TESTS} around content
 * only the teacher's copy keeps.
 */
public final class Markers {

    private static final Pattern SOLUTION = Pattern.compile(
            "(?m)^([ \\t]*)//[ \\t]*BEGIN SOLUTION[^\\n]*\\n(?s:.*?)^[ \\t]*//[ \\t]*END SOLUTION[^\\n]*(\\n|\\z)");
    private static final Pattern HIDDEN = Pattern.compile(
            "(?m)^[ \\t]*//[ \\t]*BEGIN HIDDEN TESTS[^\\n]*\\n(?s:.*?)^[ \\t]*//[ \\t]*END HIDDEN TESTS[^\\n]*(\\n|\\z)");

    private Markers() {
    }

    public static boolean hasSolution(String source) {
        return SOLUTION.matcher(source).find();
    }

    /**
     * Replaces every solution block by a stub that throws, indented like the marker:
     * {@code throw new UnsupportedOperationException("not done yet: ch04_sigmoid");}.
     */
    public static String stubSolutions(String source, String gradeId) {
        Matcher m = SOLUTION.matcher(source);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String indent = m.group(1);
            String stub = indent + "// YOUR CODE HERE\n" + indent
                    + "throw new UnsupportedOperationException(\"not done yet: " + gradeId + "\");" + m.group(2);
            m.appendReplacement(sb, Matcher.quoteReplacement(stub));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Removes hidden-test blocks. */
    public static String removeHidden(String source) {
        return HIDDEN.matcher(source).replaceAll("");
    }

    /** Whether the source still has a marker (an unmatched BEGIN or END). */
    public static boolean hasStrayMarker(String source) {
        return Pattern.compile("(?m)^[ \\t]*//[ \\t]*(BEGIN|END) (SOLUTION|HIDDEN TESTS)").matcher(source).find();
    }
}

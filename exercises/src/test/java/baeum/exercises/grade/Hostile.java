package baeum.exercises.grade;

/** Hostile answers for ch04's solution cells, one per attack the grader must survive. */
public final class Hostile {

    private Hostile() {
    }

    /** A million printed lines before the definition. */
    public static final String FLOOD = "for (int i = 0; i < 1_000_000; i++) System.out.println(\"spam \" + i);\n";

    public static final String LOOP = "Tensor sigmoid(Tensor x) {\n    while (true) { }\n}\n";

    public static final String EXIT = "Tensor relu(Tensor x) {\n    System.exit(0);\n    return x;\n}\n";

    public static final String HALT_AT_TOP = "Runtime.getRuntime().halt(7);\n" + Submissions.SIGMOID;

    public static final String OOM = "Tensor sigmoid(Tensor x) {\n    var keep = new java.util.ArrayList<long[]>();\n"
            + "    while (true) keep.add(new long[1 << 20]);\n}\n";

    public static final String COMPILE_ERROR = "Tensor relu(Tensor x) {\n    return x.maskedFill(x.lt(0), 0)\n}\n";

    /** Reads files (hidden tests, the teacher's notebook, another submission) and prints what it got. */
    public static String reads(String... paths) {
        StringBuilder sb = new StringBuilder("String stolen(String p) {\n    try { return java.nio.file.Files.readString(java.nio.file.Path.of(p)); }\n"
                + "    catch (Exception e) { return \"DENIED \" + e.getClass().getSimpleName(); }\n}\n");
        for (String p : paths) sb.append("System.out.println(\"READ: \" + stolen(\"").append(p).append("\"));\n");
        return sb + Submissions.SIGMOID;
    }

    /** Tries to forge a pass: prints "passed", writes results files, pokes at grader classes, writes frames to stdout. */
    public static String forge(String resultsPath) {
        return """
                System.out.println("All tests passed! score: 16/16");
                try { java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "{\\"score\\": 16, \\"tests\\": []}"); }
                catch (Exception e) { System.out.println("write denied: " + e); }
                try { Class.forName("baeum.exercises.grade.SubmissionGrader"); System.out.println("grader class found"); }
                catch (Throwable e) { System.out.println("no grader class: " + e); }
                Tensor relu(Tensor x) {
                    try {
                        var raw = new java.io.DataOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out));
                        raw.writeInt(0xBAE00001); raw.writeInt(4); raw.writeInt(101); raw.flush();
                        raw.writeBytes("passed\\n"); raw.flush();
                    } catch (Exception e) { }
                    return x;
                }
                """.formatted(resultsPath);
    }
}

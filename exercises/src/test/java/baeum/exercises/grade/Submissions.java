package baeum.exercises.grade;

import baeum.exercises.format.Assign;
import baeum.exercises.format.Notebooks;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes student submissions of ch04 for tests and the benchmark: the released notebook with
 * chosen answers in its solution cells, including hostile ones.
 */
public final class Submissions {

    public static final Path REPO = findRepo();
    public static final Path TEACHER = REPO.resolve("notebooks/ko/ch04_activations.ipynb");
    public static final Path ASSIGNMENT = REPO.resolve("exercises/assignments/ch04");

    public static final String SIGMOID = "Tensor sigmoid(Tensor x) {\n    return x.neg().exp().add(1).pow(-1);\n}\n";
    public static final String RELU = "Tensor relu(Tensor x) {\n    return x.maskedFill(x.lt(0), 0);\n}\n";
    public static final String SOFTMAX = "Tensor softmax(Tensor x) {\n    var e = x.sub(x.max(-1).values().unsqueeze(-1)).exp();\n"
            + "    return e.div(e.sum(-1, true));\n}\n";
    /** Right on small inputs, NaN for [1000, 1001, 1002]: fails only the hidden stability test. */
    public static final String SOFTMAX_UNSTABLE = "Tensor softmax(Tensor x) {\n    var e = x.exp();\n    return e.div(e.sum(-1, true));\n}\n";
    public static final String RELU_WRONG = "Tensor relu(Tensor x) {\n    return x.abs();\n}\n";
    /** The answer of the by-hand exercise ch04_chain_by_hand. */
    public static final String CHAIN = "double[] sigmoidChainGradients() {\n    double s = 1 / (1 + Math.exp(-0.5));\n"
            + "    return new double[] {0.25, s * (1 - s) * 0.25, Math.pow(0.25, 10)};\n}\n";

    private Submissions() {
    }

    /** The released (student) version of the ch04 notebook. */
    public static ObjectNode released() throws Exception {
        return Assign.studentVersion(Notebooks.read(TEACHER), Map.of());
    }

    /** The released notebook with the given sources in the solution cells (by grade_id). */
    public static ObjectNode filled(Map<String, String> answers) throws Exception {
        ObjectNode nb = released();
        for (ObjectNode c : Notebooks.cells(nb)) {
            String id = Notebooks.gradeId(c);
            if (id != null && answers.containsKey(id)) Notebooks.setSource(c, answers.get(id));
        }
        return nb;
    }

    public static Map<String, String> answers(String sigmoid, String relu, String softmax) {
        return answers(sigmoid, relu, softmax, null);
    }

    /** Answers for all four exercises of ch04 (null leaves the stub). */
    public static Map<String, String> answers(String sigmoid, String relu, String softmax, String chain) {
        Map<String, String> m = new LinkedHashMap<>();
        if (sigmoid != null) m.put("ch04_sigmoid", sigmoid);
        if (relu != null) m.put("ch04_relu", relu);
        if (softmax != null) m.put("ch04_softmax", softmax);
        if (chain != null) m.put("ch04_chain_by_hand", chain);
        return m;
    }

    public static void write(ObjectNode nb, Path file) throws IOException {
        Notebooks.write(nb, file);
    }

    private static Path findRepo() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("exercises/assignments"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("run from inside the Baeum repository");
        return p;
    }
}

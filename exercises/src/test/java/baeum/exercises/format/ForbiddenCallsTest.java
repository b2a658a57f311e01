package baeum.exercises.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Forbidden calls found on the parsed source of a cell, never by a text search. */
class ForbiddenCallsTest {

    private static List<String> found(String cell) {
        return ForbiddenCalls.in(cell, List.of("sigmoid")).stream().map(u -> u.line() + ": " + u.call()).toList();
    }

    @Test
    void callsOnAReceiverAndMethodReferencesAreFoundWithTheirLine() {
        assertEquals(List.of("2: x.sigmoid(...)"), found("Tensor sigmoid(Tensor x) {\n    return x.sigmoid();\n}\n"));
        assertEquals(List.of("3: Tensor::sigmoid"), found("import java.util.function.*;\nTensor sigmoid(Tensor x) {\n"
                + "    UnaryOperator<Tensor> f = Tensor::sigmoid; return f.apply(x);\n}\n"));
        assertEquals(List.of("1: nn.sigmoid(...)"), found("var act = nn.sigmoid();\n"));
    }

    @Test
    void aCellOfDeclarationsAndStatementsIsSplitAsJShellSplitsIt() {
        String cell = "Tensor helper(Tensor x) {\n    return x.neg().exp().add(1).pow(-1);\n}\n"
                + "var t = tensor(1f, 2f);\nSystem.out.println(t.sigmoid());\n"
                + "Tensor sigmoid(Tensor x) { return helper(x); }\n";
        assertEquals(List.of("5: t.sigmoid(...)"), found(cell));
    }

    @Test
    void commentsStringsAndTheStudentsOwnMethodDoNotCount() {
        assertEquals(List.of(), found("// x.sigmoid() would be too easy\nTensor sigmoid(Tensor x) {\n"
                + "    String s = \"x.sigmoid()\"; /* sigmoid(x) */\n    return x.neg().exp().add(1).pow(-1);\n}\n"));
        assertEquals(List.of(), found("Tensor sigmoid(Tensor x) { return x.numel() == 0 ? x : sigmoid(x.neg()).neg().add(1); }"),
                "a call of the cell's own method is the student's");
        assertEquals(List.of("1: sigmoid(...)"), found("Tensor mine(Tensor x) { return sigmoid(x); }"),
                "without a method of that name in the cell, sigmoid(x) is the DSL's");
    }

    @Test
    void brokenCodeStillYieldsItsCalls() {
        assertEquals(List.of("2: x.sigmoid(...)"), found("Tensor sigmoid(Tensor x) {\n    return x.sigmoid()\n}\n"));
    }
}

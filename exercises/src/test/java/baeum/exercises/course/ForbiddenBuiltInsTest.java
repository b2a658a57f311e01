package baeum.exercises.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.exercises.format.Exercise;
import baeum.exercises.format.ForbiddenCalls;
import baeum.exercises.format.Notebooks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The course's "implement X" exercises forbid the engine's built-in X ({@code metadata.baeum.forbidden}):
 * for each, a solution that calls the built-in is caught on its syntax tree, and the teacher's own
 * solution calls none of the forbidden names (else the teacher would score 0).
 */
class ForbiddenBuiltInsTest {

    /** For every exercise that forbids calls: a solution that just calls the built-in. */
    static final Map<String, String> CHEATS = Map.ofEntries(
            Map.entry("ch04_sigmoid", "Tensor sigmoid(Tensor x) {\n    return x.sigmoid();\n}\n"),
            Map.entry("ch04_relu", "Tensor relu(Tensor x) {\n    return nn.relu().forward(x);\n}\n"),
            Map.entry("ch04_softmax", "Tensor softmax(Tensor x) {\n    return x.logSoftmax(-1).exp();\n}\n"),
            Map.entry("ch05_huber", "Tensor huber(Tensor pred, Tensor target, double beta) {\n"
                    + "    return nn.smoothL1Loss(pred, target, \"mean\", beta).mul(beta);\n}\n"),
            Map.entry("ch05_one_hot", "Tensor oneHot(Tensor labels, int numClasses) {\n"
                    + "    return nn.oneHot(labels, numClasses).to(FLOAT32);\n}\n"),
            Map.entry("ch05_cross_entropy", "Tensor crossEntropy(Tensor logits, Tensor labels) {\n"
                    + "    return nn.crossEntropyLoss().apply(logits, labels);\n}\n"),
            Map.entry("ch05_bce", "Tensor bceWithLogits(Tensor z, Tensor y) {\n    return nn.bceWithLogitsLoss(z, y);\n}\n"),
            Map.entry("ch10_dropout", "Tensor dropout(Tensor x, Tensor u, double p) {\n    return nn.dropout(p).forward(x);\n}\n"),
            Map.entry("ch11_batch_norm", "Tensor batchNormTrain(Tensor x, Tensor gamma, Tensor beta, double eps) {\n"
                    + "    return nn.batchNorm1d(x.size(1)).forward(x).mul(gamma).add(beta);\n}\n"),
            Map.entry("ch11_group_norm", "Tensor groupNorm(Tensor x, int groups, double eps) {\n"
                    + "    return nn.groupNorm(groups, x.size(1), eps).forward(x);\n}\n"),
            Map.entry("ch12_conv", "Tensor conv2dSingle(Tensor image, Tensor kernel) {\n"
                    + "    var c = nn.conv2d(1, 1, kernel.size(0));\n    return c.forward(image.view(1, 1, image.size(0), image.size(1)));\n}\n"),
            Map.entry("ch13_rnn", "Tensor rnnForward(Tensor x, Tensor h0, Tensor wIh, Tensor wHh, Tensor bIh, Tensor bHh) {\n"
                    + "    var r = nn.rnn(wIh.size(1), wIh.size(0));\n    return r.forward(x);\n}\n"),
            Map.entry("ch13_lstm_cell", "List<Tensor> lstmCell(Tensor x, Tensor h, Tensor c, Tensor wIh, Tensor wHh, Tensor bIh, Tensor bHh) {\n"
                    + "    var cell = nn.lstmCell(x.size(1), h.size(1));\n    return List.of(cell.forward(x));\n}\n"),
            Map.entry("ch14_attention", "Tensor attention(Tensor q, Tensor k, Tensor v) {\n"
                    + "    var mha = nn.multiheadAttention(q.size(-1), 1);\n    return mha.forward(q, k, v);\n}\n"),
            Map.entry("ch14_causal", "Tensor causalWeights(Tensor q, Tensor k) {\n"
                    + "    var s = q.matmul(k.t()).add(nn.causalMask(q.size(0)));\n    return s.softmax(-1);\n}\n"));

    @Test
    void everyForbiddenBuiltInIsCaughtAndTheTeacherUsesNone() throws Exception {
        List<String> forbidding = new ArrayList<>();
        for (String edition : Course.EDITIONS) {
            for (Path p : Course.notebooks(edition)) {
                var nb = Notebooks.read(p);
                for (Exercise e : Exercise.of(nb)) {
                    if (e.forbidden().isEmpty()) continue;
                    if (edition.equals("ko")) forbidding.add(e.id());
                    String cheat = CHEATS.get(e.id());
                    assertTrue(cheat != null, e.id() + " forbids " + e.forbidden() + ": add a solution that calls the built-in to CHEATS");
                    var uses = ForbiddenCalls.in(cheat, e.forbidden());
                    assertFalse(uses.isEmpty(), e.id() + ": a solution that calls the built-in is not caught (" + e.forbidden() + ")");
                    for (var cell : Notebooks.cells(nb)) {
                        if (!e.id().equals(Notebooks.gradeId(cell)) || !Notebooks.isSolution(cell)) continue;
                        assertEquals(List.of(), ForbiddenCalls.in(Notebooks.source(cell), e.forbidden()),
                                p.getFileName() + ": the teacher's solution of " + e.id() + " uses a call it forbids");
                    }
                }
            }
        }
        for (String id : CHEATS.keySet())
            if (Course.selected(id)) assertTrue(forbidding.contains(id), id + " no longer forbids its built-in: " + forbidding);
    }
}

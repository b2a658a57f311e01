package baeum.teach;

import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.*;

import baeum.nn.Module;
import baeum.nn.Sequential;
import baeum.storage.Shape;
import baeum.tensor.Tensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** summary(model, sizes...): LeNet's shapes and counts by hand, the model's state untouched, models that are not nn.seq. */
class SummaryTest {

    @BeforeEach
    void english() {
        language("en");
    }

    @AfterEach
    void reset() {
        language((String) null);
    }

    private record R(String name, String type, Shape output, long params) {}

    /**
     * The classic LeNet-5 on 28x28 with padding 2 (see {@link LeNet}):
     * <pre>
     * layer                       output            parameters
     * 0  conv 1->6, 5x5, pad 2    (1, 6, 28, 28)    6*1*5*5 + 6    =    156   (28 + 2*2 - 5 + 1 = 28)
     * 1  tanh                     (1, 6, 28, 28)    0
     * 2  avgpool 2                (1, 6, 14, 14)    0
     * 3  conv 6->16, 5x5          (1, 16, 10, 10)   16*6*5*5 + 16  =  2,416   (14 - 5 + 1 = 10)
     * 4  tanh                     (1, 16, 10, 10)   0
     * 5  avgpool 2                (1, 16, 5, 5)     0
     * 6  flatten                  (1, 400)          0                          (16*5*5 = 400)
     * 7  linear 400->120          (1, 120)          400*120 + 120  = 48,120
     * 8  tanh                     (1, 120)          0
     * 9  linear 120->84           (1, 84)           120*84 + 84    = 10,164
     * 10 tanh                     (1, 84)           0
     * 11 linear 84->10            (1, 10)           84*10 + 10     =    850
     *                                               total: 156 + 2,416 + 48,120 + 10,164 + 850 = 61,706
     * </pre>
     * Memory (float32, 4 bytes): parameters 61,706 * 4 = 246,824 bytes; input 28*28 * 4 = 3,136;
     * activations, the sum of the twelve outputs: 4,704 + 4,704 + 1,176 + 1,600 + 1,600 + 400 + 400
     * + 120 + 120 + 84 + 84 + 10 = 15,002 values = 60,008 bytes.
     */
    @Test
    void leNetMatchesTheCountsByHand() {
        Sequential model = LeNet.create();
        var s = summary(model, 1, 28, 28);
        assertEquals(List.of(
                new R("", "Sequential", shape(1, 10), 61_706),
                new R("0", "Conv2d", shape(1, 6, 28, 28), 156),
                new R("1", "Tanh", shape(1, 6, 28, 28), 0),
                new R("2", "AvgPool2d", shape(1, 6, 14, 14), 0),
                new R("3", "Conv2d", shape(1, 16, 10, 10), 2_416),
                new R("4", "Tanh", shape(1, 16, 10, 10), 0),
                new R("5", "AvgPool2d", shape(1, 16, 5, 5), 0),
                new R("6", "Flatten", shape(1, 400), 0),
                new R("7", "Linear", shape(1, 120), 48_120),
                new R("8", "Tanh", shape(1, 120), 0),
                new R("9", "Linear", shape(1, 84), 10_164),
                new R("10", "Tanh", shape(1, 84), 0),
                new R("11", "Linear", shape(1, 10), 850)),
                s.rows().stream().map(r -> new R(r.name(), r.type(), r.output(), r.params())).toList());
        assertEquals(61_706, s.totalParams());
        assertEquals(61_706, s.trainableParams());
        assertEquals(246_824, s.paramBytes());
        assertEquals(3_136, s.inputBytes());
        assertEquals(60_008, s.activationBytes());
        assertEquals(shape(1, 1, 28, 28), s.input());
        String text = s.toString();
        assertTrue(text.contains("Total parameters: 61,706"), text);
        assertTrue(text.contains("  7: Linear"), text);
        assertTrue(text.contains("(1, 16, 5, 5)"), text);
        assertTrue(s.html().contains("7: <b>Linear</b>"), s.html());
        // a whole batch: activations scale with it
        assertEquals(64 * 60_008, summary(model, shape(64, 1, 28, 28)).activationBytes());
    }

    @Test
    void theModelIsLeftAsItWas() {
        manualSeed(0);
        var model = nn.seq(nn.linear(4, 8), nn.batchNorm1d(8), nn.relu(), nn.dropout(0.5), nn.linear(8, 2));
        model.train();
        model.get(3).eval();                                     // mixed modes must come back exactly
        model.get(0).parameters().get(1).requiresGrad_(false);   // a frozen bias
        // one training step's worth of statistics, so that the buffers are not at their defaults
        model.forward(randn(16, 4));
        Map<String, float[]> before = new java.util.LinkedHashMap<>();
        model.stateDict().forEach((k, v) -> before.put(k, v.to(FLOAT32).toFloatArray()));
        long batches = model.namedBuffers().get("1.num_batches_tracked").itemLong();

        manualSeed(123);
        var s = summary(model, 4);
        float after = rand(1).item();
        manualSeed(123);
        float expected = rand(1).item();

        model.stateDict().forEach((k, v) -> assertArrayEquals(before.get(k), v.to(FLOAT32).toFloatArray(), k));
        assertEquals(batches, model.namedBuffers().get("1.num_batches_tracked").itemLong());
        assertEquals(List.of(true, true, true, true, false, true),
                model.namedModules().values().stream().map(Module::isTraining).toList());
        for (Tensor p : model.parameters()) assertNull(p.grad(), "no backward, no gradient");
        assertEquals(expected, after, "the dummy batch is zeros and dropout is off: the random generator is not used");
        assertEquals(List.of(shape(1, 2), shape(1, 8), shape(1, 8), shape(1, 8), shape(1, 8), shape(1, 2)),
                s.rows().stream().map(Summary.Row::output).toList());
        assertEquals(40 + 16 + 18, s.totalParams());
        assertEquals(40 + 16 + 18 - 8, s.trainableParams());
        assertTrue(s.toString().contains("partly"), s.toString());
        assertTrue(s.toString().contains("Non-trainable parameters: 8"), s.toString());
    }

    static final class Net extends Module {
        final Module fc1 = nn.linear(4, 8), act = nn.relu(), block = nn.seq(nn.linear(8, 8), nn.tanh()), fc2 = nn.linear(8, 2);

        @Override
        public Tensor forward(Tensor x) {
            return fc2.forward(block.forward(act.forward(fc1.forward(x))));
        }
    }

    @Test
    void aModelWithItsOwnForwardShowsTheShapesOfItsLayersWithParameters() {
        var model = new Net();
        var s = summary(model, 4);
        // fc1 4*8+8 = 40, block.0 8*8+8 = 72, fc2 8*2+2 = 18: 130
        assertEquals(List.of(new R("", "Net", shape(1, 2), 130), new R("fc1", "Linear", shape(1, 8), 40),
                        new R("act", "ReLU", null, 0), new R("block", "Sequential", null, 72),
                        new R("block.0", "Linear", shape(1, 8), 72), new R("block.1", "Tanh", null, 0),
                        new R("fc2", "Linear", shape(1, 2), 18)),
                s.rows().stream().map(r -> new R(r.name(), r.type(), r.output(), r.params())).toList());
        assertTrue(s.toString().contains("Baeum runs that model's forward as a whole"), s.toString());
        for (Tensor p : model.parameters()) assertNull(p.grad(), "the traced pass runs no backward");
        // the same layers inside nn.seq are seen one by one
        var nested = summary(nn.seq(nn.seq(nn.linear(4, 8), nn.relu()), nn.linear(8, 2)), 4);
        assertEquals(List.of(shape(1, 2), shape(1, 8), shape(1, 8), shape(1, 8), shape(1, 2)),
                nested.rows().stream().map(Summary.Row::output).toList());
        assertEquals(List.of(0, 1, 2, 2, 1), nested.rows().stream().map(Summary.Row::depth).toList());
    }

    @Test
    void aWrongInputSizeSaysWhichLayerFailed() {
        var e = assertThrows(baeum.storage.TensorError.class, () -> summary(nn.seq(nn.linear(4, 8), nn.linear(9, 2)), 4));
        assertTrue(e.getMessage().startsWith("summary: layer (1) Linear cannot take the output of the layer before it, of shape (1, 8)"),
                e.getMessage());
    }

    @Test
    void koreanLabels() {
        language("ko");
        String text = summary(LeNet.create(), 1, 28, 28).toString();
        assertTrue(text.contains("전체 파라미터: 61,706"), text);
        assertTrue(text.contains("출력 shape"), text);
    }
}

package baeum.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.Baeum;
import baeum.tensor.Create;
import baeum.storage.DType;
import baeum.tensor.Rng;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

import org.junit.jupiter.api.Test;

/** Learning end to end, train/eval behaviour, initialisation, and the {@code Baeum.nn} facade. */
class TrainingTest {

    @Test
    void mlpLearnsXorWithAHandWrittenSgdLoop() {
        Rng.manualSeed(0);
        var model = Baeum.nn.seq(Baeum.nn.linear(2, 8), Baeum.nn.tanh(), Baeum.nn.linear(8, 1));
        Tensor x = Create.ofDoubles(new double[] {0, 0, 0, 1, 1, 0, 1, 1}, DType.FLOAT32, 4, 2);
        Tensor y = Create.ofDoubles(new double[] {0, 1, 1, 0}, DType.FLOAT32, 4, 1);
        var lossFn = Baeum.nn.bceWithLogitsLoss();
        double first = Double.NaN, last = Double.NaN;
        for (int epoch = 0; epoch < 600; epoch++) {
            Tensor loss = lossFn.apply(model.forward(x), y);
            if (epoch == 0) {
                first = loss.itemDouble();
            }
            last = loss.itemDouble();
            model.zeroGrad();
            loss.backward();
            for (Tensor p : model.parameters()) {
                p.data().sub_(p.grad().mul(0.5));
            }
        }
        assertTrue(last < 0.05 && last < first / 10, "loss went from " + first + " to " + last);
        Tensor predicted = model.forward(x).gt(0);
        assertEquals("[false, true, true, false]", java.util.Arrays.toString(new boolean[] {
            predicted.getDouble(0, 0) != 0, predicted.getDouble(1, 0) != 0, predicted.getDouble(2, 0) != 0, predicted.getDouble(3, 0) != 0}));
    }

    @Test
    void smallCnnLearnsBarOrientation() {
        Rng.manualSeed(5);
        int n = 32;
        double[] images = new double[n * 64];
        long[] labels = new long[n];
        java.util.Random r = new java.util.Random(5);
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;                                             // 0: horizontal bar, 1: vertical bar
            int at = 1 + r.nextInt(6);
            for (int k = 0; k < 8; k++) {
                images[i * 64 + (labels[i] == 0 ? at * 8 + k : k * 8 + at)] = 1;
            }
            for (int k = 0; k < 64; k++) {
                images[i * 64 + k] += 0.1 * r.nextGaussian();
            }
        }
        Tensor x = Create.ofDoubles(images, DType.FLOAT32, n, 1, 8, 8);
        Tensor y = Create.ofLongs(labels, n);
        var model = Baeum.nn.seq(Baeum.nn.conv2d(1, 4, 3, "same"), Baeum.nn.batchNorm2d(4), Baeum.nn.relu(),
                Baeum.nn.maxPool2d(2), Baeum.nn.conv2d(4, 8, 3), Baeum.nn.relu(), Baeum.nn.adaptiveAvgPool2d(1),
                Baeum.nn.flatten(), Baeum.nn.dropout(0.1), Baeum.nn.linear(8, 2));
        var lossFn = Baeum.nn.crossEntropyLoss();
        for (int step = 0; step < 150; step++) {
            Tensor loss = lossFn.apply(model.forward(x), y);
            model.zeroGrad();
            loss.backward();
            for (Tensor p : model.parameters()) {
                p.data().sub_(p.grad().mul(0.1));
            }
        }
        model.eval();
        Tensor predicted = model.forward(x).argmax(1);
        double accuracy = predicted.eq(y).to(DType.FLOAT32).mean().itemDouble();
        assertTrue(accuracy >= 0.95, "training accuracy " + accuracy);
    }

    @Test
    void dropoutDropsAndScalesInTrainingAndPassesThroughInEval() {
        Rng.manualSeed(1);
        Dropout d = Baeum.nn.dropout(0.25);
        Tensor x = Create.full(new int[] {4000}, 2.0, DType.FLOAT32).requiresGrad_();
        Tensor y = d.forward(x);
        double[] v = y.toDoubleArray();
        long zeros = java.util.Arrays.stream(v).filter(a -> a == 0).count();
        assertTrue(java.util.Arrays.stream(v).allMatch(a -> a == 0 || Math.abs(a - 2 / 0.75) < 1e-6), "survivors are scaled by 1/(1-p)");
        assertTrue(Math.abs(zeros / 4000.0 - 0.25) < 0.03, "dropped fraction " + zeros / 4000.0);
        y.sum().backward();
        double[] g = x.grad().toDoubleArray();
        for (int i = 0; i < v.length; i++) {
            assertEquals(v[i] == 0 ? 0 : 1 / 0.75, g[i], 1e-6);
        }
        d.eval();
        assertSame(x, d.forward(x));
        assertEquals("Dropout(p=0.25, inplace=False)", d.toString());
        assertEquals(0.0, Baeum.nn.dropout(1.0).forward(x).abs().sum().itemDouble());
        assertThrows(TensorError.class, () -> Baeum.nn.dropout(1.5));
    }

    @Test
    void dropout2dZeroesWholeChannels() {
        Rng.manualSeed(2);
        Dropout d = Baeum.nn.dropout2d(0.5);
        Tensor y = d.forward(Create.full(new int[] {8, 16, 3, 3}, 1.0, DType.FLOAT32));
        int dropped = 0;
        for (int n = 0; n < 8; n++) {
            for (int c = 0; c < 16; c++) {
                double s = y.get(n, c).sum().itemDouble();
                assertTrue(s == 0 || Math.abs(s - 18) < 1e-5, "a channel is all zero or all 2, sum " + s);
                dropped += s == 0 ? 1 : 0;
            }
        }
        assertTrue(dropped > 30 && dropped < 98, "dropped channels " + dropped);
        assertEquals("Dropout2d(p=0.5, inplace=False)", d.toString());
    }

    @Test
    void batchNormUsesBatchStatisticsInTrainingAndRunningOnesInEval() {
        BatchNorm1d bn = Baeum.nn.batchNorm1d(2);
        Tensor x = Create.ofDoubles(new double[] {1, 10, 3, 20, 5, 30}, DType.FLOAT32, 3, 2);
        Tensor train = bn.forward(x);
        assertEquals(0.0, train.mean(0).abs().max().itemDouble(), 1e-6);                 // batch-normalized
        assertEquals(Math.sqrt(1.5), train.getDouble(2, 0), 1e-3);                        // (5-3)/sqrt(8/3)
        // running_mean = 0.9 * 0 + 0.1 * (3, 20); running_var = 0.9 * 1 + 0.1 * unbiased var (4, 100)
        NnTesting.assertValues(new double[] {0.3, 2.0}, bn.runningMean(), 1e-6);
        NnTesting.assertValues(new double[] {1.3, 10.9}, bn.runningVar(), 1e-6);
        bn.eval();
        Tensor eval = bn.forward(x);
        assertEquals((1 - 0.3) / Math.sqrt(1.3 + 1e-5), eval.getDouble(0, 0), 1e-5);
        NnTesting.assertValues(new double[] {0.3, 2.0}, bn.runningMean(), 1e-6);         // eval does not update
        bn.train();
        assertNotEquals(eval.getDouble(0, 0), bn.forward(x).getDouble(0, 0));
    }

    @Test
    void defaultInitialisationFollowsPyTorch() {
        Rng.manualSeed(3);
        Linear fc = Baeum.nn.linear(400, 300);
        double bound = 1 / Math.sqrt(400);                  // kaiming_uniform(a=sqrt(5)) = U(-1/sqrt(fan_in), 1/sqrt(fan_in))
        assertTrue(fc.weight().abs().max().itemDouble() <= bound);
        assertEquals(bound / Math.sqrt(3), fc.weight().std().itemDouble(), bound * 0.01);
        assertTrue(fc.bias().abs().max().itemDouble() <= bound && fc.bias().abs().max().itemDouble() > bound * 0.9);
        LSTM lstm = Baeum.nn.lstm(10, 25);
        assertTrue(lstm.parameters().stream().allMatch(p -> p.abs().max().itemDouble() <= 0.2));
        assertEquals(1.0, Baeum.nn.embedding(1000, 50).weight().std().itemDouble(), 0.02);
        Rng.manualSeed(3);
        assertEquals(fc.weight().getDouble(7, 9), Baeum.nn.linear(400, 300).weight().getDouble(7, 9), "manualSeed reproduces");
    }

    @Test
    void initFunctions() {
        Rng.manualSeed(4);
        Tensor w = Create.full(new int[] {200, 100, 3, 3}, 0, DType.FLOAT32);        // fan_in 900, fan_out 1800
        Baeum.nn.init.kaimingUniform(w, 0, "fan_in", "relu");
        double b = Math.sqrt(2) * Math.sqrt(3.0 / 900);
        assertTrue(w.abs().max().itemDouble() <= b && w.abs().max().itemDouble() > 0.99 * b);
        Baeum.nn.init.kaimingNormal(w, 0, "fan_out", "relu");
        assertEquals(Math.sqrt(2.0 / 1800), w.std().itemDouble(), 0.01 * Math.sqrt(2.0 / 1800));
        Baeum.nn.init.xavierUniform(w);
        double a = Math.sqrt(6.0 / 2700);
        assertTrue(w.abs().max().itemDouble() <= a && w.abs().max().itemDouble() > 0.99 * a);
        Baeum.nn.init.xavierNormal(w, 2.0);
        assertEquals(2 * Math.sqrt(2.0 / 2700), w.std().itemDouble(), 0.01 * 2 * Math.sqrt(2.0 / 2700));
        Baeum.nn.init.normal(w, 3, 0.5);
        assertEquals(3.0, w.mean().itemDouble(), 0.01);
        Baeum.nn.init.uniform(w, -2, -1);
        assertTrue(w.max().itemDouble() <= -1 && w.min().itemDouble() >= -2);
        assertEquals(0.0, Baeum.nn.init.zeros(w).abs().sum().itemDouble());
        assertEquals(w.numel(), (long) Baeum.nn.init.ones(w).sum().itemDouble());
        assertEquals(5.0 / 3, Init.calculateGain("tanh"), 1e-12);
        assertEquals(Math.sqrt(2 / (1 + 0.04)), Init.calculateGain("leaky_relu", 0.2), 1e-12);
        TensorError e = assertThrows(TensorError.class, () -> Init.xavierUniform(Create.randn(5)));
        assertTrue(e.getMessage().contains("fewer than 2 dimensions"), e.getMessage());
        Tensor p = Baeum.nn.linear(3, 3).weight();
        Init.constant(p, 0.5);
        assertTrue(p.requiresGrad() && p.isLeaf(), "initialising keeps the parameter a trainable leaf");
    }

    /** The facade's nn.Module alias, as a student writes it after {@code import static baeum.Baeum.*}. */
    static class Tiny extends Baeum.nn.Module {
        Linear fc = Baeum.nn.linear(3, 2);
        Baeum.nn.Module act = Baeum.nn.tanh();                           // every built-in layer is an nn.Module
        Tensor temperature = Baeum.nn.parameter(Create.full(new int[] {1}, 1.0, DType.FLOAT32));

        @Override
        public Tensor forward(Tensor x) {
            return Baeum.nn.logSoftmax(act.forward(fc.forward(x)).div(temperature), 1);
        }
    }

    @Test
    void facadeReachesEverything() {
        Tiny t = new Tiny();
        assertEquals(java.util.List.of("temperature", "fc.weight", "fc.bias"), java.util.List.copyOf(t.namedParameters().keySet()));
        assertEquals("Tiny(\n  (fc): Linear(in_features=3, out_features=2, bias=True)\n  (act): Tanh()\n)", t.toString());
        java.util.List<Baeum.nn.Module> layers = java.util.List.of(Baeum.nn.linear(2, 2), Baeum.nn.conv2d(1, 1, 1), Baeum.nn.seq(),
                Baeum.nn.lstm(2, 2), Baeum.nn.batchNorm1d(2), Baeum.nn.dropout(), Baeum.nn.multiheadAttention(2, 1), t);
        assertEquals(8, layers.size());
        Tensor logits = t.forward(Create.randn(4, 3));
        Tensor loss = Baeum.nn.nllLoss(logits, Create.ofLongs(new long[] {0, 1, 1, 0}, 4));
        loss.backward();
        assertTrue(t.fc.weight().grad() != null && t.temperature.grad() != null);
        assertEquals("Flatten(start_dim=1, end_dim=-1)", Baeum.nn.flatten().toString());
        assertEquals("Identity()", Baeum.nn.identity().toString());
        Unflatten u = Baeum.nn.unflatten(1, 1, 28, 28);
        assertEquals("Unflatten(dim=1, unflattened_size=(1, 28, 28))", u.toString());
        NnTesting.assertShape(u.forward(Create.randn(4, 784)), 4, 1, 28, 28);
        NnTesting.assertShape(Baeum.nn.unflatten(-1, 2, 3).forward(Create.randn(4, 6)), 4, 2, 3);
        assertThrows(TensorError.class, () -> u.forward(Create.randn(4, 785)));
        assertEquals("Softmax(dim=1)", Baeum.nn.softmax(1).toString());
        assertEquals("SiLU()", Baeum.nn.swish().toString());
        assertEquals("MSELoss()", Baeum.nn.mseLoss().toString());
        assertEquals("RNN(3, 4, num_layers=2, bias=False, batch_first=True, dropout=0.5)",
                Baeum.nn.rnn(3, 4, 2, "relu", false, true, 0.5, false).toString());
    }
}

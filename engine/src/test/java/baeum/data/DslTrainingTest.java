package baeum.data;

import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The toolkit through the DSL, end to end, with a two-layer perceptron written with tensors (the
 * lecture's "by hand" version): datasets, loader, optimizer and metrics working together.
 */
class DslTrainingTest {
    /** x·w1 + b1 → relu → ·w2 + b2. Shape: (B, in) → (B, out). */
    record Mlp(Tensor w1, Tensor b1, Tensor w2, Tensor b2) {
        static Mlp of(int in, int hidden, int out) {
            return new Mlp(randn(in, hidden).mul(Math.sqrt(2.0 / in)).requiresGrad_(), zeros(hidden).requiresGrad_(),
                    randn(hidden, out).mul(Math.sqrt(1.0 / hidden)).requiresGrad_(), zeros(out).requiresGrad_());
        }

        Tensor forward(Tensor x) {
            return x.matmul(w1).add(b1).relu().matmul(w2).add(b2);
        }

        List<Tensor> parameters() {
            return List.of(w1, b1, w2, b2);
        }
    }

    /** Mean cross-entropy of logits (B, C) against labels (B), from logSoftmax and a one-hot mask. */
    static Tensor crossEntropy(Tensor logits, Tensor labels) {
        int b = logits.size(0), c = logits.size(1);
        float[] onehot = new float[b * c];
        long[] y = labels.toLongArray();
        for (int i = 0; i < b; i++) onehot[i * c + (int) y[i]] = 1;
        return logits.logSoftmax(1).mul(Tensor.wrap(onehot, b, c)).sum().neg().div(b);
    }

    @Test
    void anMlpLearnsXorWithAdam() {
        manualSeed(0);
        var xor = datasets.xor();
        var model = Mlp.of(2, 8, 1);
        var opt = optim.adam(model.parameters(), 0.05);
        for (int epoch = 0; epoch < 300; epoch++) {
            for (var b : data.loader(xor, 4)) {
                var loss = model.forward(b.x()).sigmoid().sub(b.y()).pow(2).mean();
                opt.zeroGrad();
                loss.backward();
                opt.step();
            }
        }
        float[] out = model.forward(xor.x()).sigmoid().toFloatArray();
        float[] want = xor.y().toFloatArray();
        for (int i = 0; i < 4; i++) assertTrue(Math.abs(out[i] - want[i]) < 0.2, "xor " + i + ": " + out[i]);
    }

    /** 5-fold cross-validation on standardized Iris: the mean held-out accuracy is at least 95%. */
    @Test
    void irisCrossValidatedAccuracyIsAtLeast95Percent() {
        manualSeed(4);
        var iris = datasets.iris();
        var mean = iris.x().mean(0, true);
        var std = iris.x().std(0, true, true);
        var ds = data.tensorDataset(iris.x().sub(mean).div(std), iris.y());
        double total = 0;
        var folds = data.kFold(ds, 5, 7);
        for (var fold : folds) {
            var model = Mlp.of(4, 8, 3);
            var opt = optim.adam(model.parameters(), 0.01);
            var loader = data.loader(fold.train(), 16).shuffle(true);
            for (int epoch = 0; epoch < 80; epoch++) {
                for (var b : loader) {
                    var loss = crossEntropy(model.forward(b.x()), b.y());
                    opt.zeroGrad();
                    loss.backward();
                    opt.step();
                }
            }
            var valid = data.loader(fold.valid(), fold.valid().size()).iterator().next();
            total += data.accuracy(model.forward(valid.x()), valid.y());
        }
        double accuracy = total / folds.size();
        assertTrue(accuracy >= 0.95, "mean 5-fold accuracy " + accuracy);
    }
}

package baeum.data;

import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The toolkit end to end through the DSL, as a lecture cell would write it: datasets, loader,
 * nn model and loss, optimizer, metrics.
 */
class TrainingAcceptanceTest {
    @Test
    void anMlpLearnsXorWithAdam() {
        manualSeed(0);
        var xor = datasets.xor();
        var model = nn.seq(nn.linear(2, 8), nn.tanh(), nn.linear(8, 1));
        var opt = optim.adam(model.parameters(), 0.05);
        var lossFn = nn.bceWithLogitsLoss();
        for (int epoch = 0; epoch < 300; epoch++) {
            for (var b : data.loader(xor, 4)) {
                var loss = lossFn.apply(model.forward(b.x()), b.y());
                opt.zeroGrad();
                loss.backward();
                opt.step();
            }
        }
        assertLearned(xor, model.forward(xor.x()).sigmoid(), 0.1);
    }

    @Test
    void anMlpLearnsXorWithSgdMomentumAndAScheduler() {
        manualSeed(1);
        var xor = datasets.xor();
        var model = nn.seq(nn.linear(2, 8), nn.tanh(), nn.linear(8, 1));
        var opt = optim.sgd(model.parameters(), 0.5).momentum(0.9);
        var sched = optim.stepLR(opt, 200, 0.5);
        var lossFn = nn.mseLoss();
        for (int epoch = 0; epoch < 500; epoch++) {
            var loss = lossFn.apply(model.forward(xor.x()).sigmoid(), xor.y());
            opt.zeroGrad();
            loss.backward();
            opt.step();
            sched.step();
        }
        assertLearned(xor, model.forward(xor.x()).sigmoid(), 0.2);
    }

    static void assertLearned(TensorDataset truth, baeum.tensor.Tensor predicted, double tolerance) {
        float[] out = predicted.toFloatArray(), want = truth.y().toFloatArray();
        for (int i = 0; i < want.length; i++) {
            assertTrue(Math.abs(out[i] - want[i]) < tolerance, "row " + i + ": " + out[i] + " instead of " + want[i]);
        }
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
            var model = nn.seq(nn.linear(4, 8), nn.relu(), nn.linear(8, 3));
            var opt = optim.adam(model.parameters(), 0.01);
            var lossFn = nn.crossEntropyLoss();
            var loader = data.loader(fold.train(), 16).shuffle(true);
            for (int epoch = 0; epoch < 80; epoch++) {
                for (var b : loader) {
                    var loss = lossFn.apply(model.forward(b.x()), b.y());
                    opt.zeroGrad();
                    loss.backward();
                    opt.step();
                }
            }
            var valid = data.loader(fold.valid(), fold.valid().size()).iterator().next();
            try (var g = noGrad()) {
                total += data.accuracy(model.forward(valid.x()), valid.y());
            }
        }
        double accuracy = total / folds.size();
        System.out.println("Iris 5-fold accuracy: " + accuracy);
        assertTrue(accuracy >= 0.95, "mean 5-fold accuracy " + accuracy);
    }
}

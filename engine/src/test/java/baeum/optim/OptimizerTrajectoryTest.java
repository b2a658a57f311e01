package baeum.optim;

import baeum.facade.OptimFacade;
import static baeum.optim.TorchTrajectories.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import baeum.tensor.Tensor;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every optimizer follows PyTorch's trajectory for several steps on three Rosenbrock valleys
 * (values in {@link TorchTrajectories}).
 */
class OptimizerTrajectoryTest {
    static final float[] X0 = {-1.5f, 0.5f, 1.2f}, Y0 = {2f, -0.5f, 1f};

    /** f(x, y) = Σ (1 − x)² + 100 (y − x²)². */
    static Tensor rosenbrock(Tensor x, Tensor y) {
        return x.neg().add(1).pow(2).add(y.sub(x.mul(x)).pow(2).mul(100)).sum();
    }

    static List<Tensor> start() {
        return List.of(Tensor.wrap(X0.clone(), 3).requiresGrad_(), Tensor.wrap(Y0.clone(), 3).requiresGrad_());
    }

    static void follows(float[][] expected, Function<List<Tensor>, Optimizer> make, double rtol) {
        List<Tensor> p = start();
        Optimizer opt = make.apply(p);
        for (int k = 0; k < expected.length; k++) {
            opt.zeroGrad();
            rosenbrock(p.get(0), p.get(1)).backward();
            opt.step();
            check(expected[k], p, k, rtol);
        }
    }

    static void check(float[] expected, List<Tensor> p, int k, double rtol) {
        float[] x = p.get(0).toFloatArray(), y = p.get(1).toFloatArray();
        float[] got = {x[0], x[1], x[2], y[0], y[1], y[2]};
        for (int i = 0; i < 6; i++) {
            if (Math.abs(got[i] - expected[i]) > 1e-6 + rtol * Math.abs(expected[i])) {
                fail("step " + (k + 1) + ", value " + i + ": expected " + expected[i] + " but got " + got[i]
                        + " (all: " + java.util.Arrays.toString(got) + ")");
            }
        }
    }

    @Test
    void sgd() {
        follows(SGD, p -> new SGD(p, 1e-3), 1e-5);
        follows(SGD_MOMENTUM, p -> new SGD(p, 1e-3).momentum(0.9).dampening(0.1).weightDecay(0.01), 1e-5);
        follows(SGD_NESTEROV, p -> new SGD(p, 1e-3).momentum(0.9).nesterov(true).weightDecay(0.01), 1e-5);
    }

    @Test
    void sgdWithGroupsOfTheirOwnLearningRate() {
        follows(SGD_GROUPS, p -> new SGD(List.of(OptimFacade.group(List.of(p.get(0))),
                OptimFacade.group(List.of(p.get(1))).lr(1e-4)), 1e-3).momentum(0.9), 1e-5);
    }

    @Test
    void adamFamily() {
        follows(ADAM, p -> new Adam(p, 1e-2), 1e-5);
        follows(ADAM_AMSGRAD, p -> new Adam(p, 1e-2).weightDecay(0.1).amsgrad(true), 1e-5);
        follows(ADAMW, p -> new AdamW(p, 1e-2), 1e-5);
        follows(ADAMW_AMSGRAD, p -> new AdamW(p, 1e-2).weightDecay(0.1).amsgrad(true).betas(0.8, 0.99), 1e-5);
        follows(NADAM, p -> new NAdam(p, 2e-3), 1e-5);
        follows(NADAM_WD, p -> new NAdam(p, 1e-2).weightDecay(0.1), 1e-5);
        follows(RADAM, p -> new RAdam(p, 1e-4), 1e-5);
        follows(RADAM_WD, p -> new RAdam(p, 1e-4).weightDecay(0.1).betas(0.9, 0.9).eps(1e-6), 1e-5);
        follows(ADAMAX, p -> new Adamax(p, 2e-3), 1e-5);
        follows(ADAMAX_WD, p -> new Adamax(p, 1e-2).weightDecay(0.1), 1e-5);
    }

    @Test
    void adaptiveRates() {
        follows(RMSPROP, p -> new RMSprop(p, 1e-3), 1e-5);
        follows(RMSPROP_CENTERED, p -> new RMSprop(p, 1e-3).alpha(0.9).momentum(0.5).centered(true).weightDecay(0.1), 1e-5);
        follows(ADAGRAD, p -> new Adagrad(p, 1e-2), 1e-5);
        follows(ADAGRAD_DECAY, p -> new Adagrad(p, 0.1).lrDecay(0.1).initialAccumulatorValue(0.5).weightDecay(0.1), 1e-5);
        follows(ADADELTA, p -> new Adadelta(p, 1.0), 1e-5);
        follows(ADADELTA_WD, p -> new Adadelta(p, 0.5).rho(0.8).eps(1e-4).weightDecay(0.1), 1e-5);
    }

    @Test
    void asgdAndRprop() {
        follows(ASGD, p -> new ASGD(p, 1e-3), 1e-5);
        follows(ASGD_AVERAGING, p -> new ASGD(p, 1e-3).lambd(0.1).alpha(0.5).t0(2).weightDecay(0.1), 1e-5);
        follows(RPROP, p -> new Rprop(p, 1e-2), 1e-5);
        follows(RPROP_ETAS, p -> new Rprop(p, 0.1).etas(0.4, 1.5).stepSizes(1e-3, 0.2), 1e-5);
    }

    @Test
    void lbfgsWithAndWithoutLineSearch() {
        lbfgs(LBFGS, p -> new LBFGS(p, 1).maxIter(4));
        lbfgs(LBFGS_WOLFE, p -> new LBFGS(p, 1).maxIter(5).historySize(3).lineSearchFn("strong_wolfe"));
    }

    private static void lbfgs(float[][] expected, Function<List<Tensor>, LBFGS> make) {
        List<Tensor> p = start();
        LBFGS opt = make.apply(p);
        for (int k = 0; k < expected.length; k++) {
            opt.step(() -> {
                opt.zeroGrad();
                Tensor loss = rosenbrock(p.get(0), p.get(1));
                loss.backward();
                return loss;
            });
            // PyTorch keeps its L-BFGS vectors in float32, this one in float64: agree to ~1e-4.
            check(expected[k], p, k, 2e-4);
        }
    }

    @Test
    void asgdKeepsTheAverageOfTheIterates() {
        List<Tensor> p = start();
        var opt = new ASGD(p, 1e-3).t0(0);
        float[] sum = new float[3];
        for (int k = 0; k < 4; k++) {
            opt.zeroGrad();
            rosenbrock(p.get(0), p.get(1)).backward();
            opt.step();
            float[] x = p.get(0).toFloatArray();
            if (k >= 1) for (int i = 0; i < 3; i++) sum[i] += x[i];
        }
        // with t0 = 0, step t uses mu = 1/max(1, t - 1): ax copies the iterate at steps 1 and 2,
        // then averages, so after 4 steps it is the mean of the iterates of steps 2, 3 and 4
        float[] ax = opt.averaged(p.get(0)).toFloatArray();
        for (int i = 0; i < 3; i++) assertEquals(sum[i] / 3, ax[i], 1e-5);
    }
}

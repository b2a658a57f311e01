package baeum.optim;

import baeum.facade.OptimFacade;
import static baeum.optim.OptimizerTrajectoryTest.rosenbrock;
import static baeum.optim.OptimizerTrajectoryTest.start;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.tensor.Tensor;
import baeum.storage.TensorError;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class OptimizerBehaviourTest {
    static Tensor param(float... v) {
        return Tensor.wrap(v.clone(), v.length).requiresGrad_();
    }

    static void message(String expectedPart, org.junit.jupiter.api.function.Executable code) {
        var e = assertThrows(TensorError.class, code);
        assertTrue(e.getMessage().contains(expectedPart), "message was: " + e.getMessage());
    }

    @Test
    void badHyperParametersAreRefusedWhenBuilt() {
        var p = List.of(param(1));
        message("SGD: lr must be >= 0, got -0.1 (a negative learning rate", () -> new SGD(p, -0.1));
        message("Adam: lr must be >= 0, got -0.001", () -> OptimFacade.adam(p, -1e-3));
        message("Adam: beta1 must be in [0, 1), got 1.0", () -> OptimFacade.adam(p, 1e-3).betas(1.0, 0.999));
        message("SGD: momentum must be >= 0, got -0.5", () -> OptimFacade.sgd(p, 0.1).momentum(-0.5));
        message("RMSprop: eps must be >= 0", () -> OptimFacade.rmsprop(p, 0.1).eps(-1));
        message("Rprop: etaPlus must be > 1", () -> OptimFacade.rprop(p, 0.1).etas(0.5, 0.9));
        message("Ftrl: lr must be > 0", () -> OptimFacade.ftrl(p, 0));
        message("LBFGS: lineSearchFn must be \"strong_wolfe\"", () -> OptimFacade.lbfgs(p, 1).lineSearchFn("armijo"));
        message("unknown option 'momentun'; the options are [dampening, lr, maximize, momentum",
                () -> OptimFacade.sgd(p, 0.1).set("momentun", 0.9));
        message("SGD: lr must be >= 0, got -1.0", () -> new SGD(List.of(OptimFacade.group(p).lr(-1)), 0.1));
        message("empty parameter list", () -> OptimFacade.adam(List.of(), 1e-3));
    }

    @Test
    void defaultLearningRatesArePyTorchs() {
        var p = List.of(param(1));
        assertEquals(1e-3, OptimFacade.adam(p).lr());
        assertEquals(1e-3, OptimFacade.adamW(p).lr());
        assertEquals(2e-3, OptimFacade.nadam(p).lr());
        assertEquals(1e-3, OptimFacade.radam(p).lr());
        assertEquals(2e-3, OptimFacade.adamax(p).lr());
        assertEquals(1e-2, OptimFacade.rmsprop(p).lr());
        assertEquals(1e-2, OptimFacade.adagrad(p).lr());
        assertEquals(1.0, OptimFacade.adadelta(p).lr());
        assertEquals(1e-2, OptimFacade.asgd(p).lr());
        assertEquals(1e-2, OptimFacade.rprop(p).lr());
        assertEquals(1.0, OptimFacade.lbfgs(p).lr());
        assertEquals(1e-2, OptimFacade.adamW(p).paramGroups().get(0).num("weightDecay"));
    }

    @Test
    void nesterovNeedsMomentumAndNoDampening() {
        var p = param(1);
        var opt = OptimFacade.sgd(List.of(p), 0.1).nesterov(true);
        rosenbrockLike(p).backward();
        message("nesterov momentum requires a momentum > 0 and zero dampening", opt::step);
    }

    @Test
    void parametersMustBeFloatLeavesGivenOnce() {
        var p = param(1, 2);
        message("appears in more than one parameter group",
                () -> new SGD(List.of(OptimFacade.group(List.of(p)), OptimFacade.group(List.of(p))), 0.1));
        message("can't optimize a non-leaf tensor", () -> new SGD(List.of(p.mul(2)), 0.1));
        message("parameters must be float32", () -> new SGD(List.of(Tensor.wrap(new long[] {1}, 1)), 0.1));
        message("LBFGS doesn't support per-parameter options",
                () -> new LBFGS(List.of(OptimFacade.group(List.of(p)), OptimFacade.group(List.of(param(3)))), 1));
    }

    static Tensor rosenbrockLike(Tensor p) {
        return p.sub(2).pow(2).sum();
    }

    @Test
    void zeroGradDropsOrZeroesGradients() {
        var p = param(1, 2);
        var opt = OptimFacade.sgd(List.of(p), 0.1);
        rosenbrockLike(p).backward();
        assertNotNull(p.grad());
        opt.zeroGrad(false);
        assertArrayEquals(new float[] {0, 0}, p.grad().toFloatArray());
        opt.zeroGrad();
        assertNull(p.grad());
    }

    @Test
    void parametersWithoutGradientAreLeftAlone() {
        var a = param(1);
        var b = param(5);
        var opt = OptimFacade.adam(List.of(a, b), 0.1);
        rosenbrockLike(a).backward();
        opt.step();
        assertEquals(5f, b.item());
        assertEquals(1.1f, a.item(), 1e-6);   // Adam's first step moves by lr·sign(g)
    }

    @Test
    void stepBumpsTheVersionLikeAnInPlaceOp() {
        var p = param(1);
        var opt = OptimFacade.sgd(List.of(p), 0.1);
        rosenbrockLike(p).backward();
        int before = p.version();
        opt.step();
        assertTrue(p.version() > before);
    }

    @Test
    void maximizeClimbs() {
        var p = param(1);
        var opt = OptimFacade.sgd(List.of(p), 0.1).maximize(true);
        rosenbrockLike(p).backward();   // g = 2(1 − 2) = −2
        opt.step();
        assertEquals(1 - 0.1f * 2, p.item(), 1e-6);
    }

    @Test
    void nonContiguousParameterIsUpdatedThroughItsView() {
        var base = Tensor.wrap(new float[] {1, 2, 3, 4, 5, 6}, 3, 2);
        var p = base.t().requiresGrad_();    // (2, 3) view with strides (1, 2)
        var c = Tensor.wrap(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
        var opt = OptimFacade.sgd(List.of(p), 0.5);
        p.mul(c).sum().backward();
        opt.step();
        // p was [[1, 3, 5], [2, 4, 6]]; p − 0.5·c
        assertArrayEquals(new float[] {0.5f, 2f, 3.5f, 0f, 1.5f, 3f}, p.toFloatArray());
        assertArrayEquals(new float[] {0.5f, 0f, 2f, 1.5f, 3.5f, 3f}, base.toFloatArray());
    }

    @Test
    void nonContiguousGradientIsReadInItsLogicalOrder() {
        var p = Tensor.wrap(new float[] {1, 2, 3, 4, 5, 6}, 2, 3).requiresGrad_();
        p.setGrad(Tensor.wrap(new float[] {1, 2, 3, 4, 5, 6}, 3, 2).t());   // [[1, 3, 5], [2, 4, 6]]
        OptimFacade.adam(List.of(p), 0.5).maximize(true).step();            // prepared gradient path
        OptimFacade.sgd(List.of(p), 0.5).step();
        // Adam's first step moves each element by lr·sign(g) (+0.5 with maximize); SGD then subtracts 0.5·g
        assertArrayEquals(new float[] {1.5f - 0.5f, 2.5f - 1.5f, 3.5f - 2.5f, 4.5f - 1f, 5.5f - 2f, 6.5f - 3f},
                p.toFloatArray(), 1e-6f);
    }

    /**
     * FTRL-Proximal by hand for f(θ) = (θ − 2)², g = 2(θ − 2), α = 0.5, β = 1, from θ = 0.5.
     * Step 1: g = −3, σ = 3/0.5 = 6, z = −3 − 6·0.5 = −6, n = 9, θ = 6 / ((1 + 3)/0.5) = 0.75.
     * Step 2: g = −2.5, σ = (√15.25 − 3)/0.5, z = −8.5 − 0.75σ, n = 15.25, θ = −z / ((1 + √15.25)/0.5).
     */
    @Test
    void ftrlFollowsThePaper() {
        double sigma = (Math.sqrt(15.25) - 3) / 0.5, z = -8.5 - 0.75 * sigma;
        ftrl(p -> OptimFacade.ftrl(p, 0.5), 0.75, -z / ((1 + Math.sqrt(15.25)) / 0.5));
        // λ1 = 7: |z| = 6 ≤ 7 gives θ = 0; then g = −4, σ = (5 − 3)/0.5 = 4, z = −10, n = 25,
        // θ = −(z + λ1)/((1 + 5)/0.5) = 3/12
        ftrl(p -> OptimFacade.ftrl(p, 0.5).l1(7), 0, 0.25);
        // λ2 = 1 adds 1 to the denominator: step 1 gives 6 / (8 + 1)
        ftrl(p -> OptimFacade.ftrl(p, 0.5).l2(1), 6.0 / 9, Double.NaN);
    }

    private static void ftrl(Function<List<Tensor>, Optimizer> make, double first, double second) {
        var p = param(0.5f);
        var opt = make.apply(List.of(p));
        double[] expected = {first, second};
        for (double e : expected) {
            opt.zeroGrad();
            rosenbrockLike(p).backward();
            opt.step();
            if (!Double.isNaN(e)) assertEquals(e, p.item(), 1e-6);
        }
    }

    @Test
    void lbfgsWithStrongWolfeSolvesRosenbrock() {
        List<Tensor> p = start();
        var opt = OptimFacade.lbfgs(p, 1).lineSearchFn("strong_wolfe").maxIter(100);
        for (int i = 0; i < 5; i++) closureStep(opt, p);
        assertArrayEquals(new float[] {1, 1, 1}, p.get(0).toFloatArray(), 1e-3f);
        assertArrayEquals(new float[] {1, 1, 1}, p.get(1).toFloatArray(), 1e-3f);
        message("LBFGS needs a closure", opt::step);
    }

    @Test
    void stateDictRoundTripContinuesTheSameTrajectory() {
        List<Tensor> straight = start();
        var a = OptimFacade.adam(straight, 1e-2).amsgrad(true);
        for (int i = 0; i < 5; i++) descend(a, straight);

        List<Tensor> first = start();
        var b = OptimFacade.adam(first, 1e-2).amsgrad(true);
        for (int i = 0; i < 3; i++) descend(b, first);
        OptimizerStateDict saved = b.stateDict();
        Map<String, Object> s0 = saved.state().get(0);
        assertEquals(3.0, s0.get("step"));
        assertEquals(first.get(0).shape(), ((Tensor) s0.get("exp_avg")).shape());
        assertEquals(List.of(0, 1), saved.paramGroups().get(0).get("params"));
        assertEquals(true, saved.paramGroups().get(0).get("amsgrad"));
        descend(b, first);   // changing b afterwards must not change what was saved
        assertEquals(3.0, saved.state().get(0).get("step"));

        List<Tensor> again = start();
        var c = OptimFacade.adam(again, 0.5);   // lr and amsgrad come back from the state dict
        for (int i = 0; i < 2; i++) again.get(i).data().copy_(snapshotAfterThree().get(i));
        c.loadStateDict(saved);
        assertEquals(0.01, c.lr(), 1e-12);
        descend(c, again);
        descend(c, again);
        assertArrayEquals(straight.get(0).toFloatArray(), again.get(0).toFloatArray(), 1e-6f);
        assertArrayEquals(straight.get(1).toFloatArray(), again.get(1).toFloatArray(), 1e-6f);
    }

    private static List<Tensor> snapshotAfterThree() {
        List<Tensor> p = start();
        var o = OptimFacade.adam(p, 1e-2).amsgrad(true);
        for (int i = 0; i < 3; i++) descend(o, p);
        return List.of(p.get(0).detach(), p.get(1).detach());
    }

    /** L-BFGS's memory (direction, history, H₀) survives a state-dict round trip. */
    @Test
    void lbfgsStateRoundTrip() {
        List<Tensor> a = start(), b = start();
        var first = OptimFacade.lbfgs(a, 1).maxIter(3).historySize(4);
        var second = OptimFacade.lbfgs(b, 1).maxIter(3).historySize(4);
        closureStep(first, a);
        closureStep(second, b);
        var saved = first.stateDict();
        assertTrue(saved.state().get(0).get("old_dirs") instanceof List<?> l && !l.isEmpty());
        List<Tensor> c = start();
        for (int i = 0; i < 2; i++) c.get(i).data().copy_(a.get(i).detach());
        var resumed = OptimFacade.lbfgs(c, 1).maxIter(3).historySize(4);
        resumed.loadStateDict(saved);
        closureStep(second, b);
        closureStep(resumed, c);
        assertArrayEquals(b.get(0).toFloatArray(), c.get(0).toFloatArray());
        assertArrayEquals(b.get(1).toFloatArray(), c.get(1).toFloatArray());
    }

    static void closureStep(LBFGS opt, List<Tensor> p) {
        opt.step(() -> {
            opt.zeroGrad();
            Tensor loss = rosenbrock(p.get(0), p.get(1));
            loss.backward();
            return loss;
        });
    }

    @Test
    void loadingAMismatchedStateIsRefused() {
        var saved = OptimFacade.sgd(List.of(param(1), param(2)), 0.1).stateDict();
        message("saved group 0 has 2 parameters but this optimizer's group 0 has 1",
                () -> OptimFacade.sgd(List.of(param(1)), 0.1).loadStateDict(saved));
    }

    static void descend(Optimizer opt, List<Tensor> p) {
        opt.zeroGrad();
        rosenbrock(p.get(0), p.get(1)).backward();
        opt.step();
    }

    @Test
    void printsLikePyTorch() {
        var opt = OptimFacade.sgd(List.of(param(1)), 0.1).momentum(0.9);
        assertEquals("""
                SGD (
                Parameter Group 0
                    dampening: 0.0
                    lr: 0.1
                    maximize: false
                    momentum: 0.9
                    nesterov: false
                    weightDecay: 0.0
                )""", opt.toString());
    }
}

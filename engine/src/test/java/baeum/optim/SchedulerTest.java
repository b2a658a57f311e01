package baeum.optim;

import baeum.facade.OptimFacade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.optim.scheduler.ReduceLROnPlateau;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/**
 * Learning-rate sequences compared with PyTorch 1.13's schedulers (values printed by
 * engine/src/test/python/scheduler_reference.py, Debian's python3-torch): the rate right after
 * construction, then after each step.
 */
class SchedulerTest {
    static SGD sgd() {
        return new SGD(List.of(Tensor.wrap(new float[1], 1).requiresGrad_()), 0.1).momentum(0.9);
    }

    static void sequence(double[] expected, Optimizer opt, Runnable step) {
        assertEquals(expected[0], opt.lr(), 1e-10, "lr after construction");
        for (int k = 1; k < expected.length; k++) {
            step.run();
            assertEquals(expected[k], opt.lr(), 1e-10 + 1e-9 * expected[k], "lr after step " + k);
        }
    }

    static void momentum(double[] expected, DoubleSupplier value, Runnable step) {
        assertEquals(expected[0], value.getAsDouble(), 1e-10);
        for (int k = 1; k < expected.length; k++) {
            step.run();
            assertEquals(expected[k], value.getAsDouble(), 1e-9, "momentum after step " + k);
        }
    }

    @Test
    void stepMultiStepAndExponential() {
        var o1 = sgd();
        var s1 = OptimFacade.stepLR(o1, 3, 0.5);
        sequence(new double[] {0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025, 0.025, 0.025, 0.0125, 0.0125}, o1, s1::step);
        var o2 = sgd();
        var s2 = OptimFacade.multiStepLR(o2, 5, 2, 5);
        sequence(new double[] {0.1, 0.1, 0.01, 0.01, 0.01, 0.0001, 0.0001, 0.0001}, o2, s2::step);
        var o3 = sgd();
        var s3 = OptimFacade.exponentialLR(o3, 0.9);
        sequence(new double[] {0.1, 0.09, 0.081, 0.0729, 0.06561, 0.059049}, o3, s3::step);
        assertEquals(List.of(0.059049), s3.lastLr().stream().map(v -> Math.round(v * 1e9) / 1e9).toList());
    }

    @Test
    void cosineAnnealing() {
        var o = sgd();
        var s = OptimFacade.cosineAnnealingLR(o, 4, 0.01);
        sequence(new double[] {0.1, 0.0868198051534, 0.055, 0.0231801948466, 0.01, 0.0231801948466, 0.055,
            0.0868198051534, 0.1, 0.0868198051534, 0.055}, o, s::step);
    }

    @Test
    void cosineAnnealingWarmRestarts() {
        var o = sgd();
        var s = OptimFacade.cosineAnnealingWarmRestarts(o, 3).tMult(2).etaMin(0.001);
        sequence(new double[] {0.1, 0.07525, 0.02575, 0.1, 0.0933682574873, 0.07525, 0.0505, 0.02575,
            0.00763174251267, 0.1, 0.0983133284013, 0.0933682574873, 0.0855017856687}, o, s::step);
        s.step(1.5);   // mid first period: η_min + (0.1 − η_min)(1 + cos(π·1.5/3))/2
        assertEquals(0.001 + 0.099 * 0.5, o.lr(), 1e-12);
        s.step(10);    // periods 3 + 6: epoch 10 is 1 into the third period of length 12
        assertEquals(0.001 + 0.099 * (1 + Math.cos(Math.PI / 12)) / 2, o.lr(), 1e-12);
    }

    @Test
    void linearWarmup() {
        var o1 = sgd();
        var s1 = OptimFacade.linearLR(o1, 0.25, 1.0, 4);
        sequence(new double[] {0.025, 0.04375, 0.0625, 0.08125, 0.1, 0.1, 0.1}, o1, s1::step);
        var o2 = sgd();
        var s2 = OptimFacade.linearLR(o2);
        sequence(new double[] {0.0333333333333, 0.0466666666667, 0.06, 0.0733333333333, 0.0866666666667, 0.1, 0.1},
                o2, s2::step);
    }

    @Test
    void oneCycleWithSgdMomentum() {
        var o = sgd();
        var s = OptimFacade.oneCycleLR(o, 1.0, 10);
        double[] lrs = {0.04, 0.52, 1, 0.950484632013, 0.81174565395, 0.611262021936, 0.388741978064,
            0.18825834605, 0.0495193679865, 4e-06};
        double[] moms = {0.95, 0.9, 0.85, 0.854951556605, 0.868825509907, 0.888873953302, 0.911126046698,
            0.931174490093, 0.945048443395, 0.95};
        var o2 = sgd();
        var s2 = OptimFacade.oneCycleLR(o2, 1.0, 10);
        sequence(lrs, o, s::step);
        momentum(moms, () -> o2.paramGroups().get(0).num("momentum"), s2::step);
        s.step();   // step 10 is still allowed (PyTorch fails from step 11 on)
        var e = assertThrows(TensorError.class, s::step);
        assertTrue(e.getMessage().contains("tried to step 12 times"), e.getMessage());
    }

    @Test
    void oneCycleThreePhaseLinearWithAdamBetas() {
        var p = List.of(Tensor.wrap(new float[1], 1).requiresGrad_());
        var o = new Adam(p, 0.1);
        var s = OptimFacade.oneCycleLR(o, 0.5, 12).pctStart(0.25).annealStrategy("linear").threePhase(true);
        var o2 = new Adam(List.of(Tensor.wrap(new float[1], 1).requiresGrad_()), 0.1);
        var s2 = OptimFacade.oneCycleLR(o2, 0.5, 12).pctStart(0.25).annealStrategy("linear").threePhase(true);
        sequence(new double[] {0.02, 0.26, 0.5, 0.26, 0.02, 0.0171431428571, 0.0142862857143, 0.0114294285714,
            0.00857257142857, 0.00571571428571, 0.00285885714286, 2e-06}, o, s::step);
        momentum(new double[] {0.95, 0.9, 0.85, 0.9, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95},
                () -> o2.paramGroups().get(0).num("beta1"), s2::step);
    }

    @Test
    void oneCycleWithoutMomentumCyclingLeavesMomentumAlone() {
        var o = sgd();
        var s = OptimFacade.oneCycleLR(o, 1.0, 10).cycleMomentum(false);
        s.step();
        assertEquals(0.9, o.paramGroups().get(0).num("momentum"), 1e-12);
        assertEquals(0.52, o.lr(), 1e-12);
    }

    @Test
    void reduceOnPlateau() {
        var o = sgd();
        var s = OptimFacade.reduceLROnPlateau(o).patience(1).factor(0.5).cooldown(1).minLr(0.02);
        double[] metrics = {1.0, 0.9, 0.9, 0.95, 0.9, 0.8, 0.85, 0.86, 0.87, 0.88};
        int[] k = {0};
        sequence(new double[] {0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05, 0.025, 0.025, 0.025}, o,
                () -> s.step(metrics[k[0]++]));
        var o2 = sgd();
        ReduceLROnPlateau s2 = OptimFacade.reduceLROnPlateau(o2).mode("max").threshold(0.1).thresholdMode("abs").patience(0);
        double[] acc = {0.5, 0.55, 0.7, 0.75, 0.9};
        int[] j = {0};
        sequence(new double[] {0.1, 0.1, 0.01, 0.01, 0.001, 0.001}, o2, () -> s2.step(acc[j[0]++]));
    }

    @Test
    void eachGroupKeepsItsOwnBaseRate() {
        var a = Tensor.wrap(new float[1], 1).requiresGrad_();
        var b = Tensor.wrap(new float[1], 1).requiresGrad_();
        var o = new SGD(List.of(OptimFacade.group(List.of(a)), OptimFacade.group(List.of(b)).lr(1.0)), 0.1);
        var s = OptimFacade.stepLR(o, 1, 0.5);
        s.step();
        assertEquals(0.05, o.paramGroups().get(0).lr(), 1e-12);
        assertEquals(0.5, o.paramGroups().get(1).lr(), 1e-12);
    }

    @Test
    void optionsCannotChangeOnceTheScheduleHasStarted() {
        var s = OptimFacade.stepLR(sgd(), 2);
        s.step();
        var e = assertThrows(TensorError.class, () -> s.gamma(0.5));
        assertTrue(e.getMessage().contains("before the first step()"), e.getMessage());
    }
}

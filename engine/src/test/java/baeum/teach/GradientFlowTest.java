package baeum.teach;

import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.*;

import baeum.nn.Sequential;
import baeum.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** gradientFlow: norms equal the parameters' gradient norms; the ratio is the optimizer's real step; nothing changes. */
class GradientFlowTest {

    @BeforeEach
    void english() {
        language("en");
    }

    @AfterEach
    void reset() {
        language((String) null);
    }

    private static Sequential deepSigmoid(int layers) {
        var model = nn.seq();
        for (int i = 0; i < layers; i++) {
            model.add(nn.linear(16, 16));
            model.add(nn.sigmoid());
        }
        model.add(nn.linear(16, 1));
        return model;
    }

    /** sqrt(sum of p.grad^2 over the tensors), computed with tensor ops. */
    private static double norm(List<Tensor> ts, boolean grads) {
        double s = 0;
        for (Tensor t : ts) s += (grads ? t.grad() : t).to(FLOAT64).pow(2).sum().itemDouble();
        return Math.sqrt(s);
    }

    @Test
    void normsAreTheParametersGradientNorms() {
        manualSeed(1);
        var model = deepSigmoid(6);
        nn.mseLoss().apply(model.forward(randn(32, 16)), randn(32, 1)).backward();
        var flow = gradientFlow(model);
        assertEquals(7, flow.layers().size(), "one row per Linear (sigmoids hold no parameters)");
        for (int i = 0; i < 7; i++) {
            var l = flow.layers().get(i);
            List<Tensor> ps = model.get(2 * i).parameters();
            assertEquals(Integer.toString(2 * i), l.name());
            assertEquals("Linear", l.type());
            assertEquals(norm(ps, true), l.gradNorm(), 1e-9 * norm(ps, true));
            assertEquals(norm(ps, false), l.weightNorm(), 1e-9 * norm(ps, false));
            assertTrue(Double.isNaN(l.updateRatio()));
        }
        // the vanishing gradient: each sigmoid scales the gradient by at most 1/4
        assertTrue(flow.layers().get(0).gradNorm() < flow.layers().get(6).gradNorm() / 20,
                flow.layers().get(0).gradNorm() + " vs " + flow.layers().get(6).gradNorm());
        String text = flow.toString();
        assertTrue(text.startsWith("Gradient flow: one row per layer (log scale)"), text);
        assertTrue(text.contains("0: Linear"), text);
        assertTrue(text.contains("(the vanishing gradient)"), text);
        assertTrue(flow.svg().contains("class=\"bar grad\""), flow.svg());
        assertEquals(7, flow.svg().split("class=\"bar grad\"").length - 1);
    }

    @Test
    void theUpdateRatioIsTheOptimizersStepAndIsUndone() {
        manualSeed(2);
        var model = nn.seq(nn.linear(3, 4), nn.relu(), nn.linear(4, 2));
        var sgd = optim.sgd(model.parameters(), 0.1);
        model.forward(randn(5, 3)).sum().backward();
        List<float[]> before = new ArrayList<>();
        for (Tensor p : model.parameters()) before.add(p.toFloatArray());
        var flow = gradientFlow(model, sgd);
        for (int i = 0; i < 2; i++) {
            var l = flow.layers().get(i);
            List<Tensor> ps = model.get(2 * i).parameters();
            // plain SGD: Δw = -lr * g, so |Δw| / |w| = lr * |g| / |w|
            assertEquals(0.1 * norm(ps, true) / norm(ps, false), l.updateRatio(), 1e-6 * l.updateRatio());
        }
        for (int i = 0; i < before.size(); i++) assertArrayEquals(before.get(i), model.parameters().get(i).toFloatArray());

        // Adam: its first step moves every weight by about lr, and its state stays at step 0
        var adam = optim.adam(model.parameters(), 1e-3);
        var ratios = gradientFlow(model, adam).layers().stream().map(GradientFlow.Layer::updateRatio).toList();
        assertTrue(adam.stateDict().state().isEmpty(), "the trial step is undone: " + adam.stateDict().state());
        for (int i = 0; i < before.size(); i++) assertArrayEquals(before.get(i), model.parameters().get(i).toFloatArray());
        adam.step();
        double[] real = new double[2];
        for (int i = 0; i < 2; i++) {
            List<Tensor> ps = model.get(2 * i).parameters();
            double d = 0;
            for (int k = 0; k < ps.size(); k++) {
                float[] now = ps.get(k).toFloatArray(), was = before.get(2 * i + k);
                for (int j = 0; j < now.length; j++) d += (now[j] - was[j]) * (double) (now[j] - was[j]);
            }
            real[i] = Math.sqrt(d);
        }
        for (int i = 0; i < 2; i++) {
            List<Tensor> ps = model.get(2 * i).parameters();
            // the real step's |Δw| over |w| before the step
            double wBefore = 0;
            for (int k = 0; k < ps.size(); k++) for (float v : before.get(2 * i + k)) wBefore += v * (double) v;
            assertEquals(real[i] / Math.sqrt(wBefore), ratios.get(i), 1e-4 * ratios.get(i));
        }
        assertTrue(gradientFlow(model, adam).toString().contains("update/weight"));
    }

    @Test
    void beforeBackwardItSaysWhatToDo() {
        var model = nn.seq(nn.linear(2, 2));
        var flow = gradientFlow(model);
        assertTrue(Double.isNaN(flow.layers().get(0).gradNorm()));
        assertTrue(flow.toString().contains("call loss.backward() first"), flow.toString());
        assertTrue(flow.svg().contains("call loss.backward() first"));
        language("ko");
        assertTrue(gradientFlow(model).toString().contains("먼저 loss.backward()를 호출하세요"));
    }
}

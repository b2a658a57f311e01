package baeum.teach;

import baeum.nn.Module;
import baeum.optim.Optimizer;
import java.util.List;

/**
 * After a backward pass, one row per layer (each module that holds parameters): the norm of its
 * parameters' gradient and of its parameters, on a log scale, so that a vanishing gradient (the
 * first layers of a deep sigmoid net) is visible at a glance; with the optimizer, also the
 * update-to-weight ratio {@code |Δw| / |w|} of the step it would take next. Made by
 * {@code gradientFlow(model)} and {@code gradientFlow(model, opt)}; neither changes the model or
 * the optimizer. A notebook shows an SVG bar chart, {@code toString()} a text table with bars.
 *
 * <pre>
 * jshell> var model = nn.seq(nn.linear(2, 2)); model.forward(ones(1, 2)).sum().backward();
 * jshell> gradientFlow(model).layers().get(0).gradNorm()
 * $3 ==> 2.449489742783178
 * </pre>
 *
 * Shape: any model; norms are over all of a layer's parameters together (weight and bias).
 */
public final class GradientFlow implements Visual {

    /**
     * One layer: its path in the model ({@code 0}, {@code fc1}), type, parameter count, the
     * gradient norm (NaN when none of its parameters has a gradient), the weight norm, and the
     * update-to-weight ratio (NaN without an optimizer).
     */
    public record Layer(String name, String type, long params, double gradNorm, double weightNorm, double updateRatio) {}

    private final List<Layer> layers;
    private final boolean withOptimizer;

    GradientFlow(List<Layer> layers, boolean withOptimizer) {
        this.layers = List.copyOf(layers);
        this.withOptimizer = withOptimizer;
    }

    /** The gradient and weight norms of {@code model}'s layers. */
    public static GradientFlow of(Module model) {
        return GradientFlowRun.run(model, null);
    }

    /** The norms and the update-to-weight ratio of {@code opt}'s next step (tried, then undone). */
    public static GradientFlow of(Module model, Optimizer opt) {
        return GradientFlowRun.run(model, opt);
    }

    /** The layers, in the model's order (the first layer first). */
    public List<Layer> layers() {
        return layers;
    }

    /** True when the update-to-weight ratios were measured. */
    public boolean withOptimizer() {
        return withOptimizer;
    }

    @Override
    public String svg() {
        return GradientFlowSvg.draw(this);
    }

    @Override
    public String toString() {
        return GradientFlowText.render(this);
    }
}

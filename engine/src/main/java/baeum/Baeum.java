package baeum;

import baeum.tensor.GradMode;
import baeum.tensor.Create;
import baeum.storage.DType;
import baeum.storage.Shape;
import baeum.tensor.Slice;
import baeum.tensor.Tensor;

/**
 * The DSL: made for {@code import static baeum.Baeum.*}, so that a notebook cell reads like the
 * lecture. Creation functions are inherited from {@link baeum.tensor.TensorFactories} and
 * {@link baeum.tensor.TensorLiterals}; ops are methods of {@link Tensor}; the toolkit is
 * reached through {@code nn.*}, {@code optim.*}, {@code data.*} and {@code datasets.*}.
 *
 * <pre>
 * jshell> var img = randn(3, 5, 5)
 * jshell> var w = tensor(0.2126f, 0.7152f, 0.0722f).unsqueeze(-1).unsqueeze_(-1)
 * jshell> img.mul(w).sum(-3).shape()
 * $3 ==> (5, 5)
 * </pre>
 */
public final class Baeum extends baeum.tensor.TensorFactories {
    private Baeum() {}

    /** Layers, activations, losses and initializers: {@code nn.linear(784, 256)}. */
    public static final class nn extends baeum.nn.NnFacade {
        private nn() {}
    }

    /** Optimizers and schedulers: {@code optim.adam(model.parameters(), 1e-3)}. */
    public static final class optim extends baeum.facade.OptimFacade {
        private optim() {}
    }

    /** Datasets, loaders, transforms and metrics: {@code data.loader(train, 64)}. */
    public static final class data extends baeum.facade.DataFacade {
        private data() {}
    }

    /** The course's datasets: {@code datasets.fashionMnist(true)}. */
    public static final class datasets extends baeum.facade.DatasetsFacade {
        private datasets() {}
    }

    public static final DType FLOAT32 = DType.FLOAT32, FLOAT64 = DType.FLOAT64, INT64 = DType.INT64, BOOL = DType.BOOL;

    // ---- joining, choosing --------------------------------------------------------------------

    /** Joins tensors along existing dim {@code dim}. Shape: {@code (2, 3), (4, 3)} with 0 -> {@code (6, 3)}.
     * <pre>jshell> cat(0, ones(2, 3), zeros(4, 3)).shape()
     * $1 ==> (6, 3)</pre> */
    public static Tensor cat(int dim, Tensor... tensors) {
        return Create.cat(dim, tensors);
    }

    /** Stacks tensors of one shape along a new dim {@code dim}. Shape: two {@code (3)} with 0 -> {@code (2, 3)}.
     * <pre>jshell> stack(0, ones(3), zeros(3)).shape()
     * $1 ==> (2, 3)</pre> */
    public static Tensor stack(int dim, Tensor... tensors) {
        return Create.stack(dim, tensors);
    }

    /** {@code a} where {@code cond} is true, else {@code b} (with broadcasting). Shape: broadcast of all three.
     * <pre>jshell> where(tensor(true, false), ones(2), zeros(2))
     * $1 ==> tensor([1., 0.])</pre> */
    public static Tensor where(Tensor cond, Tensor a, Tensor b) {
        return baeum.tensor.Where.apply("WhereBackward0", cond, a, b);
    }

    /**
     * {@code a} where {@code cond} is true, else the number {@code b}. Shape: broadcast.
     * <pre>
     * jshell> where(tensor(-1f, 2f).gt(0), tensor(-1f, 2f), 0)
     * $1 ==> tensor([0., 2.])
     * </pre>
     */
    public static Tensor where(Tensor cond, Tensor a, double b) {
        return where(cond, a, Create.full(new int[0], b, a.dtype()));
    }

    // ---- indexing -----------------------------------------------------------------------------

    /**
     * {@code start:stop} for {@link Tensor#get(Object...)}; null for an open end.
     * <pre>
     * jshell> arange(6).get(slice(-2, null))
     * $1 ==> tensor([4, 5])
     * </pre>
     */
    public static Slice slice(Integer start, Integer stop) {
        return Slice.slice(start, stop);
    }

    /**
     * {@code start:stop:step} for {@link Tensor#get(Object...)}.
     * <pre>
     * jshell> arange(6).get(slice(1, null, 2))
     * $1 ==> tensor([1, 3, 5])
     * </pre>
     */
    public static Slice slice(Integer start, Integer stop, int step) {
        return Slice.slice(start, stop, step);
    }

    /**
     * {@code :} for {@link Tensor#get(Object...)}.
     * <pre>
     * jshell> arange(6).view(2, 3).get(all(), 0)
     * $1 ==> tensor([0, 3])
     * </pre>
     */
    public static Slice all() {
        return Slice.all();
    }

    /**
     * {@code None} (a new size-1 dim) for {@link Tensor#get(Object...)}.
     * <pre>
     * jshell> arange(3).get(newAxis()).shape()
     * $1 ==> (1, 3)
     * </pre>
     */
    public static Slice newAxis() {
        return Slice.newAxis();
    }

    /**
     * {@code ...} for {@link Tensor#get(Object...)}.
     * <pre>
     * jshell> zeros(2, 3, 4).get(ellipsis(), 0).shape()
     * $1 ==> (2, 3)
     * </pre>
     */
    public static Slice ellipsis() {
        return Slice.ellipsis();
    }

    /**
     * A shape value, e.g. to compare with {@code x.shape()}.
     * <pre>
     * jshell> zeros(5, 5).shape().equals(shape(5, 5))
     * $1 ==> true
     * </pre>
     */
    public static Shape shape(int... dims) {
        return new Shape(dims);
    }

    // ---- autograd -----------------------------------------------------------------------------

    /**
     * A scope in which ops are not recorded for backward: {@code try (var g = noGrad()) { ... }}.
     * <pre>
     * jshell> var w = ones(2).requiresGrad_(); w.sum().backward()
     * jshell> try (var g = noGrad()) { w.sub_(w.grad().mul(0.1)); }
     * jshell> w
     * w ==> tensor([0.9000, 0.9000], requires_grad=True)
     * </pre>
     */
    public static GradMode noGrad() {
        return GradMode.disable();
    }

    /**
     * A scope that turns recording back on (inside a {@code noGrad()} block).
     * <pre>
     * jshell> try (var g = noGrad()) { try (var e = enableGrad()) { System.out.println(isGradEnabled()); } }
     * true
     * </pre>
     */
    public static GradMode enableGrad() {
        return GradMode.enable();
    }

    /**
     * True when ops are recorded for backward.
     * <pre>
     * jshell> isGradEnabled()
     * $1 ==> true
     * </pre>
     */
    public static boolean isGradEnabled() {
        return GradMode.isEnabled();
    }

    /**
     * Turns recording on or off for good ({@code torch.set_grad_enabled}).
     * <pre>
     * jshell> setGradEnabled(false); isGradEnabled()
     * $2 ==> false
     * jshell> setGradEnabled(true)
     * </pre>
     */
    public static void setGradEnabled(boolean on) {
        GradMode.setEnabled(on);
    }

    // ---- teaching tools -----------------------------------------------------------------------

    /**
     * How the shapes of {@code a} and {@code b} broadcast, dim by dim: right-aligned, which sizes
     * stretch, the result; on failure, the dims that clash and ways to fix it. A notebook shows a
     * coloured table, a terminal an aligned text table.
     * <pre>
     * jshell> explainBroadcast(randn(3, 5, 5), tensor(0.2f, 0.7f, 0.1f)).fixes()
     * $1 ==> [b.reshape(3, 1, 1), b.unsqueeze(-1).unsqueeze(-1), a.transpose(0, 2)]
     * </pre>
     * Shape: any two shapes (0-d too).
     */
    public static baeum.teach.BroadcastExplanation explainBroadcast(Tensor a, Tensor b) {
        return baeum.teach.BroadcastExplanation.of(a.shape(), b.shape());
    }

    /**
     * {@link #explainBroadcast(Tensor, Tensor)} for two shapes.
     * <pre>
     * jshell> explainBroadcast(shape(3, 5, 5), shape(3, 1, 1)).result()
     * $1 ==> (3, 5, 5)
     * </pre>
     * Shape: any two shapes (0-d too).
     */
    public static baeum.teach.BroadcastExplanation explainBroadcast(Shape a, Shape b) {
        return baeum.teach.BroadcastExplanation.of(a, b);
    }

    /**
     * The computation graph behind {@code t}: every op with its PyTorch name and output shape,
     * parameters named as in their model ({@code 0.weight}), inputs, and after {@code backward()}
     * each leaf's gradient shape. A notebook shows it as SVG (laid out by Baeum, no Graphviz);
     * {@code toString()} is an indented tree. A big model's ops collapse into one box per module:
     * {@code graph(loss).expanded()} shows them all.
     * <pre>
     * jshell> var w = ones(3, 4).requiresGrad_(); var y = ones(2, 3).matmul(w).relu().sum();
     * jshell> graph(y).nodes().get(0)
     * $3 ==> Node[id=0, kind=OP, name=SumBackward0, shape=(), grad=null, params=0]
     * </pre>
     * Shape: any tensor; the boxes show the shapes of the values in the graph.
     */
    public static baeum.teach.Graph graph(Tensor t) {
        return baeum.teach.Graph.of(t);
    }

    /**
     * {@link #graph(Tensor)} with parameters named from {@code model} only (without it, every
     * live model is asked).
     * <pre>
     * jshell> var model = nn.seq(nn.linear(4, 2)); var y = model.forward(ones(3, 4)).sum();
     * jshell> graph(y, model).nodes().stream().map(n -> n.name()).toList()
     * $3 ==> [SumBackward0, AddmmBackward0, input, 0.weight, 0.bias]
     * </pre>
     */
    public static baeum.teach.Graph graph(Tensor t, baeum.nn.Module model) {
        return baeum.teach.Graph.of(t, model);
    }

    /**
     * A model at a glance: runs one batch of zeros of shape {@code (1, sampleShape...)} through it
     * (no graph recorded, the model unchanged: batch-norm statistics untouched, train/eval mode
     * restored) and shows one row per layer (name, type, output shape, parameters, trainable),
     * the totals, and the memory of the parameters and of the activations. An HTML table in a
     * notebook, an aligned text table in a terminal.
     * <pre>
     * jshell> summary(nn.seq(nn.linear(784, 256), nn.relu(), nn.linear(256, 10)), 784).totalParams()
     * $1 ==> 203530
     * </pre>
     * Shape: one sample's sizes, e.g. {@code 1, 28, 28} for an image (the batch of 1 is added).
     */
    public static baeum.teach.Summary summary(baeum.nn.Module model, int... sampleShape) {
        return baeum.teach.Summary.of(model, sampleShape);
    }

    /**
     * {@link #summary(baeum.nn.Module, int...)} for a whole batch shape, e.g. to see the
     * activations' memory for a batch of 64.
     * <pre>
     * jshell> summary(nn.seq(nn.linear(784, 10)), shape(64, 784)).activationBytes()
     * $1 ==> 2560
     * </pre>
     * Shape: the batch's shape, batch dim first.
     */
    public static baeum.teach.Summary summary(baeum.nn.Module model, Shape batchShape) {
        return baeum.teach.Summary.of(model, batchShape);
    }

    /**
     * After {@code loss.backward()}: one bar per layer with the norm of its gradient and of its
     * weights on a log scale, so that a vanishing gradient is visible at a glance. An SVG chart
     * in a notebook, a text table in a terminal. Changes nothing.
     * <pre>
     * jshell> var model = nn.seq(nn.linear(2, 2)); model.forward(ones(1, 2)).sum().backward();
     * jshell> gradientFlow(model).layers().get(0).gradNorm()
     * $3 ==> 2.449489742783178
     * </pre>
     * Shape: any model; a layer's norm covers all its parameters (weight and bias).
     */
    public static baeum.teach.GradientFlow gradientFlow(baeum.nn.Module model) {
        return baeum.teach.GradientFlow.of(model);
    }

    /**
     * {@link #gradientFlow(baeum.nn.Module)} plus each layer's update-to-weight ratio
     * {@code |Δw| / |w|} for the step {@code opt} would take next (taken, measured and undone:
     * the parameters and the optimizer's state are left as they were).
     * <pre>
     * jshell> var model = nn.seq(nn.linear(2, 2)); var opt = optim.sgd(model.parameters(), 0.1);
     * jshell> model.forward(ones(1, 2)).sum().backward();
     * jshell> gradientFlow(model, opt).layers().get(0).updateRatio() > 0
     * $4 ==> true
     * </pre>
     */
    public static baeum.teach.GradientFlow gradientFlow(baeum.nn.Module model, baeum.optim.Optimizer opt) {
        return baeum.teach.GradientFlow.of(model, opt);
    }

    /**
     * Sets the language of the teaching tools and of {@code check()}'s report: {@code "ko"} or
     * {@code "en"} (the kernel's {@code %lang ko} does the same). Without a call: the environment
     * variable {@code BAEUM_LANG}, else the notebook's folder ({@code ko/} or {@code en/}), else English.
     * <pre>
     * jshell> language("ko"); language()
     * $2 ==> "ko"
     * jshell> language("en")
     * </pre>
     */
    public static void language(String language) {
        baeum.teach.Lang.set(language);
    }

    /** {@link #language(String)} from a {@link java.util.Locale}: Korean for {@code Locale.KOREAN}, else English.
     * <pre>jshell> language(java.util.Locale.KOREAN); var lang = language(); language("en"); lang
     * $1 ==> "ko"</pre> */
    public static void language(java.util.Locale locale) {
        baeum.teach.Lang.set(locale);
    }

    /**
     * The language in force: {@code "ko"} or {@code "en"}.
     * <pre>
     * jshell> language("en"); language()
     * $2 ==> "en"
     * </pre>
     */
    public static String language() {
        return baeum.teach.Lang.current();
    }
}

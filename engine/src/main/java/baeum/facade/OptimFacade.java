package baeum.facade;

import baeum.optim.ASGD;
import baeum.optim.Adadelta;
import baeum.optim.Adagrad;
import baeum.optim.Adam;
import baeum.optim.AdamW;
import baeum.optim.Adamax;
import baeum.optim.Ftrl;
import baeum.optim.LBFGS;
import baeum.optim.NAdam;
import baeum.optim.Optimizer;
import baeum.optim.ParamGroup;
import baeum.optim.RAdam;
import baeum.optim.RMSprop;
import baeum.optim.Rprop;
import baeum.optim.SGD;
import baeum.optim.scheduler.CosineAnnealingLR;
import baeum.optim.scheduler.CosineAnnealingWarmRestarts;
import baeum.optim.scheduler.ExponentialLR;
import baeum.optim.scheduler.LinearLR;
import baeum.optim.scheduler.MultiStepLR;
import baeum.optim.scheduler.OneCycleLR;
import baeum.optim.scheduler.ReduceLROnPlateau;
import baeum.optim.scheduler.StepLR;
import baeum.tensor.Tensor;
import java.util.List;

/**
 * The optimizers and schedulers as the DSL shows them: {@code optim.adam(model.parameters(), 1e-3)}
 * after {@code import static baeum.Baeum.*}. Every factory takes the parameters ({@code
 * model.parameters()}, or a list of {@link #group} for per-group hyper-parameters) and the
 * learning rate; the other hyper-parameters have PyTorch's defaults and fluent setters named as in
 * PyTorch, in camelCase:
 *
 * <pre>
 * jshell> var model = nn.seq(nn.linear(4, 8), nn.relu(), nn.linear(8, 3));
 * jshell> var opt = optim.sgd(model.parameters(), 0.1).momentum(0.9).nesterov(true).weightDecay(5e-4);
 * jshell> var opt2 = optim.adam(List.of(optim.group(model.get(0).parameters()), optim.group(model.get(2).parameters()).lr(1e-2)), 1e-3);
 * jshell> var sched = optim.cosineAnnealingLR(opt, 50);
 * </pre>
 */
public class OptimFacade {
    protected OptimFacade() {
    }

    /** A parameter group, to give some parameters their own hyper-parameters: {@code group(ps).lr(1e-3)}.
     * <pre>jshell> optim.sgd(List.of(optim.group(List.of(ones(1).requiresGrad_())).lr(0.5)), 0.1).paramGroups().get(0).lr()
     * $1 ==> 0.5</pre> */
    public static ParamGroup group(List<Tensor> params) {
        return new ParamGroup(params);
    }

    /** Stochastic gradient descent; options momentum, dampening, weightDecay, nesterov, maximize.
     * <pre>jshell> var w = ones(2).requiresGrad_(); var opt = optim.sgd(List.of(w), 0.1); w.sum().backward(); opt.step(); w
     * $1 ==> tensor([0.9000, 0.9000], requires_grad=True)</pre> */
    public static SGD sgd(List<?> params, double lr) {
        return new SGD(params, lr);
    }

    /** Adam; options betas (0.9, 0.999), eps 1e-8, weightDecay 0, amsgrad, maximize.
     * <pre>jshell> var w = ones(2).requiresGrad_(); var opt = optim.adam(List.of(w), 0.1); w.sum().backward(); opt.step(); w
     * $1 ==> tensor([0.9000, 0.9000], requires_grad=True)</pre> */
    public static Adam adam(List<?> params, double lr) {
        return new Adam(params, lr);
    }

    /** Adam with the PyTorch default learning rate 1e-3.
     * <pre>jshell> optim.adam(List.of(ones(1).requiresGrad_())).lr()
     * $1 ==> 0.001</pre> */
    public static Adam adam(List<?> params) {
        return new Adam(params, 1e-3);
    }

    /** AdamW (decoupled weight decay, default 1e-2); the options of Adam.
     * <pre>jshell> var w = ones(2).requiresGrad_(); var opt = optim.adamW(List.of(w), 0.1); w.sum().backward(); opt.step(); w
     * $1 ==> tensor([0.8990, 0.8990], requires_grad=True)</pre> */
    public static AdamW adamW(List<?> params, double lr) {
        return new AdamW(params, lr);
    }

    /** AdamW with PyTorch's default learning rate 1e-3.
     * <pre>jshell> optim.adamW(List.of(ones(1).requiresGrad_())).lr()
     * $1 ==> 0.001</pre> */
    public static AdamW adamW(List<?> params) {
        return new AdamW(params, 1e-3);
    }

    /** NAdam (PyTorch's default lr is 2e-3); options betas, eps, weightDecay, momentumDecay.
     * <pre>jshell> var w = ones(2).requiresGrad_(); var opt = optim.nadam(List.of(w), 0.1); w.sum().backward(); opt.step(); w
     * $1 ==> tensor([0.8944, 0.8944], requires_grad=True)</pre> */
    public static NAdam nadam(List<?> params, double lr) {
        return new NAdam(params, lr);
    }

    /** NAdam with PyTorch's default learning rate 2e-3.
     * <pre>jshell> optim.nadam(List.of(ones(1).requiresGrad_())).lr()
     * $1 ==> 0.002</pre> */
    public static NAdam nadam(List<?> params) {
        return new NAdam(params, 2e-3);
    }

    /** RAdam (PyTorch's default lr is 1e-3); options betas, eps, weightDecay.
     * <pre>jshell> var w = ones(2).requiresGrad_(); var opt = optim.radam(List.of(w), 0.1); w.sum().backward(); opt.step(); w
     * $1 ==> tensor([0.9000, 0.9000], requires_grad=True)</pre> */
    public static RAdam radam(List<?> params, double lr) {
        return new RAdam(params, lr);
    }

    /** RAdam with PyTorch's default learning rate 1e-3.
     * <pre>jshell> optim.radam(List.of(ones(1).requiresGrad_())).lr()
     * $1 ==> 0.001</pre> */
    public static RAdam radam(List<?> params) {
        return new RAdam(params, 1e-3);
    }

    /** Adamax (PyTorch's default lr is 2e-3); options betas, eps, weightDecay.
     * <pre>jshell> var w = ones(2).requiresGrad_(); var opt = optim.adamax(List.of(w), 0.1); w.sum().backward(); opt.step(); w
     * $1 ==> tensor([0.9000, 0.9000], requires_grad=True)</pre> */
    public static Adamax adamax(List<?> params, double lr) {
        return new Adamax(params, lr);
    }

    /** Adamax with PyTorch's default learning rate 2e-3.
     * <pre>jshell> optim.adamax(List.of(ones(1).requiresGrad_())).lr()
     * $1 ==> 0.002</pre> */
    public static Adamax adamax(List<?> params) {
        return new Adamax(params, 2e-3);
    }

    /** RMSprop (PyTorch's default lr is 1e-2); options alpha, eps, weightDecay, momentum, centered.
     * <pre>jshell> var w = ones(2).requiresGrad_(); var opt = optim.rmsprop(List.of(w), 0.01); w.sum().backward(); opt.step(); w
     * $1 ==> tensor([0.9000, 0.9000], requires_grad=True)</pre> */
    public static RMSprop rmsprop(List<?> params, double lr) {
        return new RMSprop(params, lr);
    }

    /** RMSprop with PyTorch's default learning rate 1e-2.
     * <pre>jshell> optim.rmsprop(List.of(ones(1).requiresGrad_())).lr()
     * $1 ==> 0.01</pre> */
    public static RMSprop rmsprop(List<?> params) {
        return new RMSprop(params, 1e-2);
    }

    /** Adagrad (PyTorch's default lr is 1e-2); options lrDecay, weightDecay, initialAccumulatorValue, eps.
     * <pre>jshell> var w = ones(2).requiresGrad_(); var opt = optim.adagrad(List.of(w), 0.1); w.sum().backward(); opt.step(); w
     * $1 ==> tensor([0.9000, 0.9000], requires_grad=True)</pre> */
    public static Adagrad adagrad(List<?> params, double lr) {
        return new Adagrad(params, lr);
    }

    /** Adagrad with PyTorch's default learning rate 1e-2.
     * <pre>jshell> optim.adagrad(List.of(ones(1).requiresGrad_())).lr()
     * $1 ==> 0.01</pre> */
    public static Adagrad adagrad(List<?> params) {
        return new Adagrad(params, 1e-2);
    }

    /** Adadelta (PyTorch's default lr is 1.0); options rho, eps, weightDecay.
     * <pre>jshell> var w = ones(2).requiresGrad_(); var opt = optim.adadelta(List.of(w), 1.0); w.sum().backward(); opt.step(); w
     * $1 ==> tensor([0.9968, 0.9968], requires_grad=True)</pre> */
    public static Adadelta adadelta(List<?> params, double lr) {
        return new Adadelta(params, lr);
    }

    /** Adadelta with PyTorch's default learning rate 1.0.
     * <pre>jshell> optim.adadelta(List.of(ones(1).requiresGrad_())).lr()
     * $1 ==> 1.0</pre> */
    public static Adadelta adadelta(List<?> params) {
        return new Adadelta(params, 1.0);
    }

    /** Averaged SGD (PyTorch's default lr is 1e-2); options lambd, alpha, t0, weightDecay.
     * <pre>jshell> var w = ones(2).requiresGrad_(); var opt = optim.asgd(List.of(w), 0.1); w.sum().backward(); opt.step(); w
     * $1 ==> tensor([0.9000, 0.9000], requires_grad=True)</pre> */
    public static ASGD asgd(List<?> params, double lr) {
        return new ASGD(params, lr);
    }

    /** ASGD with PyTorch's default learning rate 1e-2.
     * <pre>jshell> optim.asgd(List.of(ones(1).requiresGrad_())).lr()
     * $1 ==> 0.01</pre> */
    public static ASGD asgd(List<?> params) {
        return new ASGD(params, 1e-2);
    }

    /** Rprop (PyTorch's default lr is 1e-2); options etas, stepSizes.
     * <pre>jshell> var w = ones(2).requiresGrad_(); var opt = optim.rprop(List.of(w), 0.1); w.sum().backward(); opt.step(); w
     * $1 ==> tensor([0.9000, 0.9000], requires_grad=True)</pre> */
    public static Rprop rprop(List<?> params, double lr) {
        return new Rprop(params, lr);
    }

    /** Rprop with PyTorch's default learning rate 1e-2.
     * <pre>jshell> optim.rprop(List.of(ones(1).requiresGrad_())).lr()
     * $1 ==> 0.01</pre> */
    public static Rprop rprop(List<?> params) {
        return new Rprop(params, 1e-2);
    }

    /** L-BFGS (PyTorch's default lr is 1); step with a closure; options maxIter, historySize, lineSearchFn, ...
     * <pre>jshell> var w = ones(2).requiresGrad_(); var opt = optim.lbfgs(List.of(w), 1); opt.step(() -> { opt.zeroGrad(); var l = w.sub(3).pow(2).sum(); l.backward(); return l; }); w
     * $1 ==> tensor([3., 3.], requires_grad=True)</pre> */
    public static LBFGS lbfgs(List<?> params, double lr) {
        return new LBFGS(params, lr);
    }

    /** LBFGS with PyTorch's default learning rate 1.
     * <pre>jshell> optim.lbfgs(List.of(ones(1).requiresGrad_())).lr()
     * $1 ==> 1.0</pre> */
    public static LBFGS lbfgs(List<?> params) {
        return new LBFGS(params, 1);
    }

    /** FTRL-Proximal with learning rate α; options beta, l1, l2.
     * <pre>jshell> var w = ones(2).requiresGrad_(); var opt = optim.ftrl(List.of(w), 0.1); w.sum().backward(); opt.step(); w
     * $1 ==> tensor([0.4500, 0.4500], requires_grad=True)</pre> */
    public static Ftrl ftrl(List<?> params, double lr) {
        return new Ftrl(params, lr);
    }

    /** ×gamma (default 0.1) every {@code stepSize} epochs.
     * <pre>jshell> var opt = optim.sgd(List.of(ones(1).requiresGrad_()), 0.1); var s = optim.stepLR(opt, 2); s.step(); s.step(); opt.lr()
     * $1 ==> 0.010000000000000002</pre> */
    public static StepLR stepLR(Optimizer opt, int stepSize) {
        return new StepLR(opt, stepSize);
    }

    /** ×gamma every {@code stepSize} epochs.
     * <pre>jshell> var opt = optim.sgd(List.of(ones(1).requiresGrad_()), 0.1); var s = optim.stepLR(opt, 1, 0.5); s.step(); opt.lr()
     * $1 ==> 0.05</pre> */
    public static StepLR stepLR(Optimizer opt, int stepSize, double gamma) {
        return new StepLR(opt, stepSize).gamma(gamma);
    }

    /** ×0.1 (see {@code gamma}) at each milestone epoch.
     * <pre>jshell> var opt = optim.sgd(List.of(ones(1).requiresGrad_()), 0.1); var s = optim.multiStepLR(opt, 1, 3); s.step(); s.step(); s.step(); opt.lr()
     * $1 ==> 0.0010000000000000002</pre> */
    public static MultiStepLR multiStepLR(Optimizer opt, int... milestones) {
        return new MultiStepLR(opt, milestones);
    }

    /** ×gamma every epoch.
     * <pre>jshell> var opt = optim.sgd(List.of(ones(1).requiresGrad_()), 0.1); var s = optim.exponentialLR(opt, 0.5); s.step(); s.step(); opt.lr()
     * $1 ==> 0.025</pre> */
    public static ExponentialLR exponentialLR(Optimizer opt, double gamma) {
        return new ExponentialLR(opt, gamma);
    }

    /** Cosine from the base rate to etaMin (default 0) over tMax epochs.
     * <pre>jshell> var opt = optim.sgd(List.of(ones(1).requiresGrad_()), 0.1); var s = optim.cosineAnnealingLR(opt, 10); for (int i = 0; i < 5; i++) s.step(); opt.lr()
     * $1 ==> 0.05000000000000001</pre> */
    public static CosineAnnealingLR cosineAnnealingLR(Optimizer opt, int tMax) {
        return new CosineAnnealingLR(opt, tMax);
    }

    /** Cosine to etaMin over tMax epochs.
     * <pre>jshell> var opt = optim.sgd(List.of(ones(1).requiresGrad_()), 0.1); var s = optim.cosineAnnealingLR(opt, 10, 0.01); for (int i = 0; i < 10; i++) s.step(); opt.lr()
     * $1 ==> 0.01</pre> */
    public static CosineAnnealingLR cosineAnnealingLR(Optimizer opt, int tMax, double etaMin) {
        return new CosineAnnealingLR(opt, tMax).etaMin(etaMin);
    }

    /** Cosine annealing restarted every t0 epochs (see tMult, etaMin).
     * <pre>jshell> var opt = optim.sgd(List.of(ones(1).requiresGrad_()), 0.1); var s = optim.cosineAnnealingWarmRestarts(opt, 5); for (int i = 0; i < 5; i++) s.step(); opt.lr()
     * $1 ==> 0.1</pre> */
    public static CosineAnnealingWarmRestarts cosineAnnealingWarmRestarts(Optimizer opt, int t0) {
        return new CosineAnnealingWarmRestarts(opt, t0);
    }

    /** Linear factor from 1/3 to 1 over 5 epochs (see startFactor, endFactor, totalIters).
     * <pre>jshell> var opt = optim.sgd(List.of(ones(1).requiresGrad_()), 0.1); var s = optim.linearLR(opt); opt.lr()
     * $1 ==> 0.03333333333333333</pre> */
    public static LinearLR linearLR(Optimizer opt) {
        return new LinearLR(opt);
    }

    /** Linear factor from startFactor to endFactor over totalIters epochs.
     * <pre>jshell> var opt = optim.sgd(List.of(ones(1).requiresGrad_()), 0.1); var s = optim.linearLR(opt, 0.5, 1.0, 2); s.step(); opt.lr()
     * $1 ==> 0.07500000000000001</pre> */
    public static LinearLR linearLR(Optimizer opt, double startFactor, double endFactor, int totalIters) {
        return new LinearLR(opt).startFactor(startFactor).endFactor(endFactor).totalIters(totalIters);
    }

    /** The 1cycle policy over totalSteps batches, peaking at maxLr.
     * <pre>jshell> var opt = optim.sgd(List.of(ones(1).requiresGrad_()), 0.1); var s = optim.oneCycleLR(opt, 1.0, 100); opt.lr()
     * $1 ==> 0.040000000000000036</pre> */
    public static OneCycleLR oneCycleLR(Optimizer opt, double maxLr, int totalSteps) {
        return new OneCycleLR(opt, maxLr, totalSteps);
    }

    /** The 1cycle policy over epochs × stepsPerEpoch batches.
     * <pre>jshell> var opt = optim.sgd(List.of(ones(1).requiresGrad_()), 0.1); var s = optim.oneCycleLR(opt, 1.0, 10, 10); for (int i = 0; i < 29; i++) s.step(); opt.lr()
     * $1 ==> 1.0</pre> */
    public static OneCycleLR oneCycleLR(Optimizer opt, double maxLr, int epochs, int stepsPerEpoch) {
        return new OneCycleLR(opt, maxLr, epochs * stepsPerEpoch);
    }

    /** Cuts the rate when {@code step(metric)} stops improving (see mode, factor, patience, ...).
     * <pre>jshell> var opt = optim.sgd(List.of(ones(1).requiresGrad_()), 0.1); var s = optim.reduceLROnPlateau(opt).patience(0); s.step(1.0); s.step(1.0); opt.lr()
     * $1 ==> 0.010000000000000002</pre> */
    public static ReduceLROnPlateau reduceLROnPlateau(Optimizer opt) {
        return new ReduceLROnPlateau(opt);
    }
}

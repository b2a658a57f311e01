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

    /** A parameter group, to give some parameters their own hyper-parameters: {@code group(ps).lr(1e-3)}. */
    public static ParamGroup group(List<Tensor> params) {
        return new ParamGroup(params);
    }

    /** Stochastic gradient descent; options momentum, dampening, weightDecay, nesterov, maximize. */
    public static SGD sgd(List<?> params, double lr) {
        return new SGD(params, lr);
    }

    /** Adam; options betas (0.9, 0.999), eps 1e-8, weightDecay 0, amsgrad, maximize. */
    public static Adam adam(List<?> params, double lr) {
        return new Adam(params, lr);
    }

    /** Adam with the PyTorch default learning rate 1e-3. */
    public static Adam adam(List<?> params) {
        return new Adam(params, 1e-3);
    }

    /** AdamW (decoupled weight decay, default 1e-2); the options of Adam. */
    public static AdamW adamW(List<?> params, double lr) {
        return new AdamW(params, lr);
    }

    /** AdamW with PyTorch's default learning rate 1e-3. */
    public static AdamW adamW(List<?> params) {
        return new AdamW(params, 1e-3);
    }

    /** NAdam (PyTorch's default lr is 2e-3); options betas, eps, weightDecay, momentumDecay. */
    public static NAdam nadam(List<?> params, double lr) {
        return new NAdam(params, lr);
    }

    /** NAdam with PyTorch's default learning rate 2e-3. */
    public static NAdam nadam(List<?> params) {
        return new NAdam(params, 2e-3);
    }

    /** RAdam (PyTorch's default lr is 1e-3); options betas, eps, weightDecay. */
    public static RAdam radam(List<?> params, double lr) {
        return new RAdam(params, lr);
    }

    /** RAdam with PyTorch's default learning rate 1e-3. */
    public static RAdam radam(List<?> params) {
        return new RAdam(params, 1e-3);
    }

    /** Adamax (PyTorch's default lr is 2e-3); options betas, eps, weightDecay. */
    public static Adamax adamax(List<?> params, double lr) {
        return new Adamax(params, lr);
    }

    /** Adamax with PyTorch's default learning rate 2e-3. */
    public static Adamax adamax(List<?> params) {
        return new Adamax(params, 2e-3);
    }

    /** RMSprop (PyTorch's default lr is 1e-2); options alpha, eps, weightDecay, momentum, centered. */
    public static RMSprop rmsprop(List<?> params, double lr) {
        return new RMSprop(params, lr);
    }

    /** RMSprop with PyTorch's default learning rate 1e-2. */
    public static RMSprop rmsprop(List<?> params) {
        return new RMSprop(params, 1e-2);
    }

    /** Adagrad (PyTorch's default lr is 1e-2); options lrDecay, weightDecay, initialAccumulatorValue, eps. */
    public static Adagrad adagrad(List<?> params, double lr) {
        return new Adagrad(params, lr);
    }

    /** Adagrad with PyTorch's default learning rate 1e-2. */
    public static Adagrad adagrad(List<?> params) {
        return new Adagrad(params, 1e-2);
    }

    /** Adadelta (PyTorch's default lr is 1.0); options rho, eps, weightDecay. */
    public static Adadelta adadelta(List<?> params, double lr) {
        return new Adadelta(params, lr);
    }

    /** Adadelta with PyTorch's default learning rate 1.0. */
    public static Adadelta adadelta(List<?> params) {
        return new Adadelta(params, 1.0);
    }

    /** Averaged SGD (PyTorch's default lr is 1e-2); options lambd, alpha, t0, weightDecay. */
    public static ASGD asgd(List<?> params, double lr) {
        return new ASGD(params, lr);
    }

    /** ASGD with PyTorch's default learning rate 1e-2. */
    public static ASGD asgd(List<?> params) {
        return new ASGD(params, 1e-2);
    }

    /** Rprop (PyTorch's default lr is 1e-2); options etas, stepSizes. */
    public static Rprop rprop(List<?> params, double lr) {
        return new Rprop(params, lr);
    }

    /** Rprop with PyTorch's default learning rate 1e-2. */
    public static Rprop rprop(List<?> params) {
        return new Rprop(params, 1e-2);
    }

    /** L-BFGS (PyTorch's default lr is 1); step with a closure; options maxIter, historySize, lineSearchFn, ... */
    public static LBFGS lbfgs(List<?> params, double lr) {
        return new LBFGS(params, lr);
    }

    /** LBFGS with PyTorch's default learning rate 1. */
    public static LBFGS lbfgs(List<?> params) {
        return new LBFGS(params, 1);
    }

    /** FTRL-Proximal with learning rate α; options beta, l1, l2. */
    public static Ftrl ftrl(List<?> params, double lr) {
        return new Ftrl(params, lr);
    }

    /** ×gamma (default 0.1) every {@code stepSize} epochs. */
    public static StepLR stepLR(Optimizer opt, int stepSize) {
        return new StepLR(opt, stepSize);
    }

    /** ×gamma every {@code stepSize} epochs. */
    public static StepLR stepLR(Optimizer opt, int stepSize, double gamma) {
        return new StepLR(opt, stepSize).gamma(gamma);
    }

    /** ×0.1 (see {@code gamma}) at each milestone epoch. */
    public static MultiStepLR multiStepLR(Optimizer opt, int... milestones) {
        return new MultiStepLR(opt, milestones);
    }

    /** ×gamma every epoch. */
    public static ExponentialLR exponentialLR(Optimizer opt, double gamma) {
        return new ExponentialLR(opt, gamma);
    }

    /** Cosine from the base rate to etaMin (default 0) over tMax epochs. */
    public static CosineAnnealingLR cosineAnnealingLR(Optimizer opt, int tMax) {
        return new CosineAnnealingLR(opt, tMax);
    }

    /** Cosine to etaMin over tMax epochs. */
    public static CosineAnnealingLR cosineAnnealingLR(Optimizer opt, int tMax, double etaMin) {
        return new CosineAnnealingLR(opt, tMax).etaMin(etaMin);
    }

    /** Cosine annealing restarted every t0 epochs (see tMult, etaMin). */
    public static CosineAnnealingWarmRestarts cosineAnnealingWarmRestarts(Optimizer opt, int t0) {
        return new CosineAnnealingWarmRestarts(opt, t0);
    }

    /** Linear factor from 1/3 to 1 over 5 epochs (see startFactor, endFactor, totalIters). */
    public static LinearLR linearLR(Optimizer opt) {
        return new LinearLR(opt);
    }

    /** Linear factor from startFactor to endFactor over totalIters epochs. */
    public static LinearLR linearLR(Optimizer opt, double startFactor, double endFactor, int totalIters) {
        return new LinearLR(opt).startFactor(startFactor).endFactor(endFactor).totalIters(totalIters);
    }

    /** The 1cycle policy over totalSteps batches, peaking at maxLr. */
    public static OneCycleLR oneCycleLR(Optimizer opt, double maxLr, int totalSteps) {
        return new OneCycleLR(opt, maxLr, totalSteps);
    }

    /** The 1cycle policy over epochs × stepsPerEpoch batches. */
    public static OneCycleLR oneCycleLR(Optimizer opt, double maxLr, int epochs, int stepsPerEpoch) {
        return new OneCycleLR(opt, maxLr, epochs * stepsPerEpoch);
    }

    /** Cuts the rate when {@code step(metric)} stops improving (see mode, factor, patience, ...). */
    public static ReduceLROnPlateau reduceLROnPlateau(Optimizer opt) {
        return new ReduceLROnPlateau(opt);
    }
}

package baeum.optim.scheduler;

import baeum.optim.Optimizer;
import baeum.optim.ParamGroup;
import baeum.storage.TensorError;

/**
 * The 1cycle policy (Smith and Topin, 2018), PyTorch's {@code OneCycleLR}, stepped once per
 * batch: the rate rises from maxLr/divFactor to maxLr during the first pctStart of the
 * {@code totalSteps} steps, then falls to maxLr/(divFactor·finalDivFactor); momentum (SGD's
 * {@code momentum} or Adam's {@code beta1}) moves the opposite way between maxMomentum and
 * baseMomentum. Each phase anneals from a to b over its steps with pct ∈ [0, 1]:
 * <pre>
 *   cos:     b + (a − b)·(1 + cos(π·pct)) / 2        linear:  a + (b − a)·pct
 *   phase 1 ends at step pctStart·totalSteps − 1, phase 2 at totalSteps − 1
 * </pre>
 * With threePhase the rate goes up, back down to the initial rate at step 2·pctStart·totalSteps − 2,
 * then down to the minimum. Defaults: pctStart 0.3, annealStrategy "cos", cycleMomentum true,
 * baseMomentum 0.85, maxMomentum 0.95, divFactor 25, finalDivFactor 1e4, threePhase false.
 *
 * <pre>
 * jshell> var loader = data.loader(datasets.iris(), 16);
 * jshell> var opt = optim.sgd(nn.linear(4, 3).parameters(), 0.1).momentum(0.9);
 * jshell> var sched = optim.oneCycleLR(opt, 0.1, 10 * loader.size()).pctStart(0.25);
 * jshell> opt.lr()                  // maxLr / divFactor at the start, as PyTorch rounds it
 * $4 ==> 0.0040000000000000036
 * </pre>
 */
public final class OneCycleLR extends LRScheduler {
    private final double maxLr;
    private final int totalSteps;
    private double pctStart = 0.3, baseMomentum = 0.85, maxMomentum = 0.95, divFactor = 25, finalDivFactor = 1e4;
    private boolean cos = true, cycleMomentum = true, threePhase;
    private final Object[] momentumBefore;

    public OneCycleLR(Optimizer optimizer, double maxLr, int totalSteps) {
        super(optimizer);
        var groups = optimizer.paramGroups();
        momentumBefore = new Object[groups.size()];
        for (int i = 0; i < momentumBefore.length; i++) {
            ParamGroup g = groups.get(i);
            momentumBefore[i] = g.has("beta1") ? g.get("beta1") : g.has("momentum") ? g.get("momentum") : null;
        }
        if (totalSteps <= 0) throw new TensorError("OneCycleLR: totalSteps must be > 0, got " + totalSteps);
        if (maxLr < 0) throw new TensorError("OneCycleLR: maxLr must be >= 0, got " + maxLr);
        this.maxLr = maxLr;
        this.totalSteps = totalSteps;
        start();
    }

    /** The fraction of steps spent raising the rate (default 0.3). */
    public OneCycleLR pctStart(double pct) {
        if (pct < 0 || pct > 1) throw new TensorError("OneCycleLR: pctStart must be in [0, 1], got " + pct);
        pctStart = pct;
        restart("pctStart");
        return this;
    }

    /** "cos" (default) or "linear". */
    public OneCycleLR annealStrategy(String strategy) {
        if (!strategy.equals("cos") && !strategy.equals("linear")) {
            throw new TensorError("OneCycleLR: annealStrategy must be \"cos\" or \"linear\", got \"" + strategy + "\"");
        }
        cos = strategy.equals("cos");
        restart("annealStrategy");
        return this;
    }

    /** Whether momentum cycles inversely to the rate (default true). */
    public OneCycleLR cycleMomentum(boolean on) {
        cycleMomentum = on;
        var groups = optimizer.paramGroups();
        for (int i = 0; i < momentumBefore.length && !on; i++) {
            if (momentumBefore[i] instanceof Number m) setMomentum(groups.get(i), m.doubleValue());
        }
        restart("cycleMomentum");
        return this;
    }

    /** The momentum range: lowest at the peak rate, highest at the ends (default 0.85, 0.95). */
    public OneCycleLR momentum(double base, double max) {
        baseMomentum = base;
        maxMomentum = max;
        restart("momentum");
        return this;
    }

    /** initial rate = maxLr / divFactor (default 25). */
    public OneCycleLR divFactor(double f) {
        divFactor = f;
        restart("divFactor");
        return this;
    }

    /** final rate = initial rate / finalDivFactor (default 1e4). */
    public OneCycleLR finalDivFactor(double f) {
        finalDivFactor = f;
        restart("finalDivFactor");
        return this;
    }

    /** Use fastai's three phases instead of two (default false). */
    public OneCycleLR threePhase(boolean on) {
        threePhase = on;
        restart("threePhase");
        return this;
    }

    @Override
    protected double[] computeLr() {
        if (lastEpoch > totalSteps) {
            throw new TensorError("OneCycleLR: tried to step " + (lastEpoch + 1) + " times; the schedule has "
                    + totalSteps + " steps (totalSteps = epochs × batches per epoch)");
        }
        double initial = maxLr / divFactor, min = initial / finalDivFactor;
        double[] ends = threePhase
                ? new double[] {pctStart * totalSteps - 1, 2 * pctStart * totalSteps - 2, totalSteps - 1}
                : new double[] {pctStart * totalSteps - 1, totalSteps - 1};
        double[][] lrs = threePhase
                ? new double[][] {{initial, maxLr}, {maxLr, initial}, {initial, min}}
                : new double[][] {{initial, maxLr}, {maxLr, min}};
        double[][] moms = threePhase
                ? new double[][] {{maxMomentum, baseMomentum}, {baseMomentum, maxMomentum}, {maxMomentum, maxMomentum}}
                : new double[][] {{maxMomentum, baseMomentum}, {baseMomentum, maxMomentum}};
        double start = 0, lr = 0, mom = 0;
        for (int ph = 0; ph < ends.length; ph++) {
            if (lastEpoch <= ends[ph] || ph == ends.length - 1) {
                double pct = (lastEpoch - start) / (ends[ph] - start);
                lr = anneal(lrs[ph][0], lrs[ph][1], pct);
                mom = anneal(moms[ph][0], moms[ph][1], pct);
                break;
            }
            start = ends[ph];
        }
        double[] out = new double[baseLrs.length];
        java.util.Arrays.fill(out, lr);
        if (cycleMomentum) {
            for (ParamGroup g : optimizer.paramGroups()) setMomentum(g, mom);
        }
        return out;
    }

    private static void setMomentum(ParamGroup g, double m) {
        if (g.has("beta1")) g.set("beta1", m);
        else if (g.has("momentum")) g.set("momentum", m);
        else throw new TensorError("OneCycleLR: the optimizer has neither momentum nor betas to cycle;"
                    + " use .cycleMomentum(false)");
    }

    private double anneal(double a, double b, double pct) {
        return cos ? b + (a - b) / 2 * (Math.cos(Math.PI * pct) + 1) : (b - a) * pct + a;
    }
}

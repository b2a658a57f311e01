package baeum.nn;

import baeum.storage.DType;
import baeum.tensor.GradMode;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/**
 * The loss functions, as {@code torch.nn.functional}: each compares {@code input} (the model's
 * output) with {@code target} and reduces with {@code reduction} {@code "none"} (per element),
 * {@code "mean"} (PyTorch's default) or {@code "sum"}.
 */
public final class Losses {
    private Losses() {}

    static Tensor reduce(String op, Tensor loss, String reduction) {
        return switch (reduction) {
            case "none" -> loss;
            case "mean" -> loss.mean();
            case "sum" -> loss.sum();
            default -> throw new TensorError(op + ": reduction must be \"none\", \"mean\" or \"sum\", got \"" + reduction + "\"");
        };
    }

    /**
     * The gradient of each element of the unreduced loss from the gradient {@code g} of the reduced
     * one: "none" passes {@code g} through, "sum" broadcasts it, "mean" divides it by {@code count}.
     */
    static Tensor perElement(Tensor g, String reduction, double count) {
        return reduction.equals("mean") ? g.div(count) : g;
    }

    static void sameShape(String op, Tensor input, Tensor target) {
        if (!input.shape().equals(target.shape())) {
            throw new TensorError(op + ": input " + input.shape() + " and target " + target.shape()
                    + " must have the same shape (PyTorch would broadcast them with a warning, which is almost"
                    + " always a bug); reshape one of them, e.g. target.view(input.shape) or input.squeeze(-1)");
        }
    }

    /**
     * Mean squared error: {@code (input - target)²}, reduced. Shape: input and target the same shape.
     *
     * <pre>
     * jshell> nn.mseLoss(tensor(1f, 2f), tensor(0f, 4f))
     * $1 ==> tensor(2.5000)
     * </pre>
     */
    public static Tensor mseLoss(Tensor input, Tensor target, String reduction) {
        sameShape("mseLoss", input, target);
        Tensor d, loss;
        try (var off = GradMode.disable()) {
            d = input.sub(target);
            loss = reduce("mseLoss", d.mul(d), reduction);
        }
        return NnNode.record("MseLossBackward0", loss, (g, needs) -> {            // d/dinput = 2 d = -d/dtarget
            Tensor gi = perElement(g, reduction, d.numel()).mul(d).mul(2);
            return new Tensor[] {needs[0] ? gi : null, needs[1] ? gi.neg() : null};
        }, input, target);
    }

    /** Mean absolute error: {@code |input - target|}, reduced. Shape: input and target the same shape. */
    public static Tensor l1Loss(Tensor input, Tensor target, String reduction) {
        sameShape("l1Loss", input, target);
        return reduce("l1Loss", input.sub(target).abs(), reduction);
    }

    /**
     * Huber-like loss: {@code 0.5 d² / beta} where {@code |d| < beta}, else {@code |d| - 0.5 beta}
     * (d = input - target; default beta 1). Shape: the same shape.
     */
    public static Tensor smoothL1Loss(Tensor input, Tensor target, String reduction, double beta) {
        sameShape("smoothL1Loss", input, target);
        if (beta < 0) {
            throw new TensorError("smoothL1Loss: beta must be non-negative, got " + beta);
        }
        Tensor diff, loss;
        try (var off = GradMode.disable()) {
            diff = input.sub(target);
            Tensor d = diff.abs();
            loss = reduce("smoothL1Loss", beta == 0 ? d : NnTensors.where(d.lt(beta), d.mul(d).mul(0.5 / beta),
                    d.sub(0.5 * beta)), reduction);
        }
        return NnNode.record("SmoothL1LossBackward0", loss, (g, needs) -> {   // d/dinput: diff / beta inside |diff| < beta, else sign
            Tensor slope = beta == 0 ? diff.sign() : NnTensors.where(diff.abs().lt(beta), diff.div(beta), diff.sign());
            Tensor gi = perElement(g, reduction, diff.numel()).mul(slope);
            return new Tensor[] {needs[0] ? gi : null, needs[1] ? gi.neg() : null};
        }, input, target);
    }

    /**
     * Binary cross-entropy of probabilities: {@code -w (y log x + (1-y) log(1-x))}, each log
     * clamped at -100 as PyTorch. {@code weight} (or null) broadcasts over the input.
     * Shape: input and target the same shape, input values in [0, 1].
     */
    public static Tensor bceLoss(Tensor input, Tensor target, Tensor weight, String reduction) {
        sameShape("bceLoss", input, target);
        float[] x = NnTensors.floats(input);
        for (float v : x) {
            if (!(v >= 0 && v <= 1)) {
                throw new TensorError("bceLoss: all elements of input should be between 0 and 1 (probabilities), found "
                        + v + "; apply sigmoid first, or use bceWithLogitsLoss on the raw scores");
            }
        }
        double tiny = Math.exp(-100);
        Tensor logX, log1mX, unweighted, loss, slope = null;
        try (var off = GradMode.disable()) {
            logX = input.clamp(tiny, Double.POSITIVE_INFINITY).log();
            log1mX = input.neg().add(1).clamp(tiny, Double.POSITIVE_INFINITY).log();
            unweighted = target.mul(logX).add(target.neg().add(1).mul(log1mX)).neg();
            loss = weight == null ? unweighted : unweighted.mul(weight);
            if (input.requiresGrad()) {                                // d/dx = (x - y) / (x (1 - x)), as PyTorch (eps 1e-12)
                slope = input.sub(target).div(input.mul(input.neg().add(1)).clampMin(1e-12));
            }
        }
        Tensor dInput = slope, w = weight == null ? null : weight.detach().clone(), perLoss = loss;
        return NnNode.record("BinaryCrossEntropyBackward0", reduce("bceLoss", loss, reduction), (g, needs) -> {
            Tensor ge = perElement(g, reduction, perLoss.numel());
            Tensor gw = w == null ? ge : ge.mul(w);
            return new Tensor[] {
                needs[0] ? gw.mul(dInput) : null,
                needs[1] ? gw.mul(log1mX.sub(logX)) : null,
                needs[2] ? ge.mul(unweighted) : null};
        }, input, target, weight);
    }

    /**
     * Binary cross-entropy on raw scores (logits), computed stably:
     * {@code (1 - y) x + (1 + (p - 1) y) (log(1 + exp(-|x|)) + max(-x, 0))} with {@code p} the
     * {@code posWeight} (weight of positive examples, broadcast over the last dimension; null: 1),
     * times {@code weight} (null: 1). Shape: input and target the same shape.
     */
    public static Tensor bceWithLogitsLoss(Tensor input, Tensor target, Tensor weight, Tensor posWeight, String reduction) {
        sameShape("bceWithLogitsLoss", input, target);
        Tensor softTail, scale, unweighted, loss;                  // softTail = log(1 + exp(-x)), computed stably
        try (var off = GradMode.disable()) {
            softTail = input.abs().neg().exp().add(1).log().add(input.neg().relu());
            scale = posWeight == null ? null : posWeight.sub(1).mul(target).add(1);
            unweighted = target.neg().add(1).mul(input).add(scale == null ? softTail : scale.mul(softTail));
            loss = weight == null ? unweighted : unweighted.mul(weight);
        }
        Tensor x = input.detach().clone(), y = target.detach().clone(), perLoss = loss;
        Tensor w = weight == null ? null : weight.detach().clone(), pw = posWeight == null ? null : posWeight.detach().clone();
        return NnNode.record("BinaryCrossEntropyWithLogitsBackward0", reduce("bceWithLogitsLoss", loss, reduction), (g, needs) -> {
            Tensor ge = perElement(g, reduction, perLoss.numel());
            Tensor gw = w == null ? ge : ge.mul(w);
            Tensor tailSlope = x.sigmoid().sub(1);                         // d softTail / dx = sigmoid(x) - 1
            return new Tensor[] {
                needs[0] ? gw.mul(y.neg().add(1).add(scale == null ? tailSlope : scale.mul(tailSlope))) : null,
                needs[1] ? gw.mul(pw == null ? x.neg() : x.neg().add(pw.sub(1).mul(softTail))) : null,
                needs[2] ? ge.mul(unweighted) : null,
                needs[3] ? gw.mul(y).mul(softTail) : null};
        }, input, target, weight, posWeight);
    }

    /**
     * Negative log-likelihood of log-probabilities: {@code -w[y_n] * input[n, y_n]}; labels equal to
     * {@code ignoreIndex} (-100) count nothing; "mean" divides by the summed weights of the counted
     * labels. Shape: input {@code (N, C)}, {@code (N, C, d...)} or {@code (C)}; target int64
     * {@code (N)}, {@code (N, d...)} or {@code ()}; weight {@code (C)} or null.
     */
    public static Tensor nllLoss(Tensor input, Tensor target, Tensor weight, int ignoreIndex, String reduction) {
        return ClassLoss.apply("nllLoss", input, target, weight, ignoreIndex, reduction, 0, false);
    }

    /**
     * Cross-entropy of raw scores (logits) with class labels or class probabilities:
     * {@code logSoftmax(input, 1)} then, for labels, {@code (1 - ε) * nll + ε * Σ_c -w_c logp_c / C}
     * ({@code ε} the label smoothing, "mean" divides both by the summed weights of the counted
     * labels); for probabilities {@code p} (a float target shaped like the input),
     * {@code Σ_c -w_c p'_c logp_c} with {@code p' = (1 - ε) p + ε / C}, "mean" dividing by N.
     * Shape: input {@code (N, C)}, {@code (N, C, d...)} or {@code (C)}; target int64 {@code (N)},
     * {@code (N, d...)} or {@code ()}, or float like the input; weight {@code (C)} or null.
     *
     * <pre>
     * jshell> nn.crossEntropyLoss(tensor(new float[][] {{2, 0, 0}}), tensor(new long[] {0}))
     * $1 ==> tensor(0.2395)
     * </pre>
     */
    public static Tensor crossEntropyLoss(Tensor input, Tensor target, Tensor weight, int ignoreIndex, String reduction,
                                          double labelSmoothing) {
        if (labelSmoothing < 0 || labelSmoothing > 1) {
            throw new TensorError("crossEntropyLoss: label_smoothing must be between 0 and 1, got " + labelSmoothing);
        }
        boolean probabilities = target.dtype() != DType.INT64;
        return ClassLoss.apply("crossEntropyLoss", input, target, weight, ignoreIndex, reduction, labelSmoothing, probabilities);
    }
}

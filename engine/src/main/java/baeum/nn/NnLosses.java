package baeum.nn;

import baeum.tensor.Tensor;

import java.util.Map;

/**
 * Losses, gradient clipping, penalties and state-dict files of the {@code nn.*} facade. A loss
 * factory ({@code nn.crossEntropyLoss()}) returns a configurable {@link Loss}; the two-argument
 * forms ({@code nn.crossEntropyLoss(logits, labels)}) compute the loss at once with the defaults.
 */
public class NnLosses extends NnFunctions {
    protected NnLosses() {}

    /** A {@link MSELoss} (configure it fluently, then {@code apply(input, target)}). */
    public static MSELoss mseLoss() {
        return new MSELoss();
    }

    /** A {@link L1Loss} (configure it fluently, then {@code apply(input, target)}). */
    public static L1Loss l1Loss() {
        return new L1Loss();
    }

    /** A {@link SmoothL1Loss} (configure it fluently, then {@code apply(input, target)}). */
    public static SmoothL1Loss smoothL1Loss() {
        return new SmoothL1Loss();
    }

    /** A {@link BCELoss} (configure it fluently, then {@code apply(input, target)}). */
    public static BCELoss bceLoss() {
        return new BCELoss();
    }

    /** A {@link BCEWithLogitsLoss} (configure it fluently, then {@code apply(input, target)}). */
    public static BCEWithLogitsLoss bceWithLogitsLoss() {
        return new BCEWithLogitsLoss();
    }

    /** A {@link NLLLoss} (configure it fluently, then {@code apply(input, target)}). */
    public static NLLLoss nllLoss() {
        return new NLLLoss();
    }

    /** A {@link CrossEntropyLoss} (configure it fluently, then {@code apply(input, target)}). */
    public static CrossEntropyLoss crossEntropyLoss() {
        return new CrossEntropyLoss();
    }

    /** Mean of {@code (input - target)²}. */
    public static Tensor mseLoss(Tensor input, Tensor target) {
        return Losses.mseLoss(input, target, "mean");
    }

    /** Mean squared error (see {@link MSELoss}). Shape: input and target alike; a scalar unless reduction "none". */
    public static Tensor mseLoss(Tensor input, Tensor target, String reduction) {
        return Losses.mseLoss(input, target, reduction);
    }

    /** Mean absolute error (see {@link L1Loss}). Shape: input and target alike. */
    public static Tensor l1Loss(Tensor input, Tensor target) {
        return Losses.l1Loss(input, target, "mean");
    }

    /** Mean absolute error (see {@link L1Loss}). Shape: input and target alike. */
    public static Tensor l1Loss(Tensor input, Tensor target, String reduction) {
        return Losses.l1Loss(input, target, reduction);
    }

    /** Smooth L1 loss (see {@link SmoothL1Loss}). Shape: input and target alike. */
    public static Tensor smoothL1Loss(Tensor input, Tensor target) {
        return Losses.smoothL1Loss(input, target, "mean", 1.0);
    }

    /** Smooth L1 loss (see {@link SmoothL1Loss}). Shape: input and target alike. */
    public static Tensor smoothL1Loss(Tensor input, Tensor target, String reduction, double beta) {
        return Losses.smoothL1Loss(input, target, reduction, beta);
    }

    /** Binary cross-entropy of probabilities (see {@link BCELoss}). Shape: input and target alike. */
    public static Tensor bceLoss(Tensor input, Tensor target) {
        return Losses.bceLoss(input, target, null, "mean");
    }

    /** Binary cross-entropy of probabilities (see {@link BCELoss}). Shape: input and target alike. */
    public static Tensor bceLoss(Tensor input, Tensor target, Tensor weight, String reduction) {
        return Losses.bceLoss(input, target, weight, reduction);
    }

    /** Binary cross-entropy of raw scores (see {@link BCEWithLogitsLoss}). Shape: input and target alike. */
    public static Tensor bceWithLogitsLoss(Tensor input, Tensor target) {
        return Losses.bceWithLogitsLoss(input, target, null, null, "mean");
    }

    /** Binary cross-entropy of raw scores (see {@link BCEWithLogitsLoss}). Shape: input and target alike. */
    public static Tensor bceWithLogitsLoss(Tensor input, Tensor target, Tensor weight, Tensor posWeight, String reduction) {
        return Losses.bceWithLogitsLoss(input, target, weight, posWeight, reduction);
    }

    /** Negative log-likelihood (see {@link NLLLoss}). Shape: input {@code (N, C)}, int64 target {@code (N)}. */
    public static Tensor nllLoss(Tensor input, Tensor target) {
        return Losses.nllLoss(input, target, null, -100, "mean");
    }

    /** Negative log-likelihood (see {@link NLLLoss}). Shape: input {@code (N, C)}, int64 target {@code (N)}. */
    public static Tensor nllLoss(Tensor input, Tensor target, Tensor weight, int ignoreIndex, String reduction) {
        return Losses.nllLoss(input, target, weight, ignoreIndex, reduction);
    }

    /**
     * Cross-entropy of raw scores (see {@link CrossEntropyLoss}).
     * Shape: input {@code (N, C)}, target int64 {@code (N)} or probabilities {@code (N, C)}.
     */
    public static Tensor crossEntropyLoss(Tensor input, Tensor target) {
        return Losses.crossEntropyLoss(input, target, null, -100, "mean", 0);
    }

    /**
     * Cross-entropy of raw scores (see {@link CrossEntropyLoss}).
     * Shape: input {@code (N, C)}, target int64 {@code (N)} or probabilities {@code (N, C)}.
     */
    public static Tensor crossEntropyLoss(Tensor input, Tensor target, Tensor weight, int ignoreIndex, String reduction,
                                          double labelSmoothing) {
        return Losses.crossEntropyLoss(input, target, weight, ignoreIndex, reduction, labelSmoothing);
    }

    /** Scales the gradients so their joint 2-norm is at most {@code maxNorm}; returns the norm before. */
    public static Tensor clipGradNorm(Iterable<Tensor> parameters, double maxNorm) {
        return GradClip.clipGradNorm(parameters, maxNorm);
    }

    /** Scales the gradients so their joint norm is at most maxNorm; returns the norm before (see {@link GradClip}). */
    public static Tensor clipGradNorm(Iterable<Tensor> parameters, double maxNorm, double normType) {
        return GradClip.clipGradNorm(parameters, maxNorm, normType);
    }

    /** Clamps each gradient entry into {@code [-clipValue, clipValue]}. */
    public static void clipGradValue(Iterable<Tensor> parameters, double clipValue) {
        GradClip.clipGradValue(parameters, clipValue);
    }

    /** {@code Σ |p|}, in the graph. */
    public static Tensor l1Penalty(Iterable<Tensor> parameters) {
        return Penalties.l1Penalty(parameters);
    }

    /** {@code Σ p²}, in the graph. */
    public static Tensor l2Penalty(Iterable<Tensor> parameters) {
        return Penalties.l2Penalty(parameters);
    }

    /** Writes a state dict (e.g. {@code model.stateDict()}) to a file; see {@link StateDictFile} for the format. */
    public static void save(Map<String, Tensor> stateDict, String path) {
        StateDictFile.write(stateDict, java.nio.file.Path.of(path));
    }

    /** Reads a state dict written by {@link #save} (for {@code model.loadStateDict(...)}). */
    public static Map<String, Tensor> load(String path) {
        return StateDictFile.read(java.nio.file.Path.of(path));
    }
}

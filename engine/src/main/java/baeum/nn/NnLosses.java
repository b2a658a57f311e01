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

    public static MSELoss mseLoss() {
        return new MSELoss();
    }

    public static L1Loss l1Loss() {
        return new L1Loss();
    }

    public static SmoothL1Loss smoothL1Loss() {
        return new SmoothL1Loss();
    }

    public static BCELoss bceLoss() {
        return new BCELoss();
    }

    public static BCEWithLogitsLoss bceWithLogitsLoss() {
        return new BCEWithLogitsLoss();
    }

    public static NLLLoss nllLoss() {
        return new NLLLoss();
    }

    public static CrossEntropyLoss crossEntropyLoss() {
        return new CrossEntropyLoss();
    }

    /** Mean of {@code (input - target)²}. */
    public static Tensor mseLoss(Tensor input, Tensor target) {
        return Losses.mseLoss(input, target, "mean");
    }

    public static Tensor mseLoss(Tensor input, Tensor target, String reduction) {
        return Losses.mseLoss(input, target, reduction);
    }

    public static Tensor l1Loss(Tensor input, Tensor target) {
        return Losses.l1Loss(input, target, "mean");
    }

    public static Tensor l1Loss(Tensor input, Tensor target, String reduction) {
        return Losses.l1Loss(input, target, reduction);
    }

    public static Tensor smoothL1Loss(Tensor input, Tensor target) {
        return Losses.smoothL1Loss(input, target, "mean", 1.0);
    }

    public static Tensor smoothL1Loss(Tensor input, Tensor target, String reduction, double beta) {
        return Losses.smoothL1Loss(input, target, reduction, beta);
    }

    public static Tensor bceLoss(Tensor input, Tensor target) {
        return Losses.bceLoss(input, target, null, "mean");
    }

    public static Tensor bceLoss(Tensor input, Tensor target, Tensor weight, String reduction) {
        return Losses.bceLoss(input, target, weight, reduction);
    }

    public static Tensor bceWithLogitsLoss(Tensor input, Tensor target) {
        return Losses.bceWithLogitsLoss(input, target, null, null, "mean");
    }

    public static Tensor bceWithLogitsLoss(Tensor input, Tensor target, Tensor weight, Tensor posWeight, String reduction) {
        return Losses.bceWithLogitsLoss(input, target, weight, posWeight, reduction);
    }

    public static Tensor nllLoss(Tensor input, Tensor target) {
        return Losses.nllLoss(input, target, null, -100, "mean");
    }

    public static Tensor nllLoss(Tensor input, Tensor target, Tensor weight, int ignoreIndex, String reduction) {
        return Losses.nllLoss(input, target, weight, ignoreIndex, reduction);
    }

    public static Tensor crossEntropyLoss(Tensor input, Tensor target) {
        return Losses.crossEntropyLoss(input, target, null, -100, "mean", 0);
    }

    public static Tensor crossEntropyLoss(Tensor input, Tensor target, Tensor weight, int ignoreIndex, String reduction,
                                          double labelSmoothing) {
        return Losses.crossEntropyLoss(input, target, weight, ignoreIndex, reduction, labelSmoothing);
    }

    /** Scales the gradients so their joint 2-norm is at most {@code maxNorm}; returns the norm before. */
    public static Tensor clipGradNorm(Iterable<Tensor> parameters, double maxNorm) {
        return GradClip.clipGradNorm(parameters, maxNorm);
    }

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

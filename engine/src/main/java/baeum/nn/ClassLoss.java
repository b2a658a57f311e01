package baeum.nn;

import baeum.fused.Fused;
import baeum.storage.DType;
import baeum.tensor.Create;
import baeum.tensor.GradMode;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/**
 * Negative log-likelihood and cross-entropy as one computation on log-probabilities {@code logp}:
 * with labels, {@code loss_n = -(1 - ε) w[y_n] logp[n, y_n] - ε Σ_c w_c logp[n, c] / C} (the
 * label's entry picked by {@code gather}, so no {@code N × C} matrix is built besides logp); with a
 * probability target {@code p}, {@code loss_n = -Σ_c w_c p'[n, c] logp[n, c]}.
 */
final class ClassLoss {
    private ClassLoss() {}

    static Tensor apply(String op, Tensor input, Tensor target, Tensor weight, int ignoreIndex, String reduction,
                        double smoothing, boolean probabilities) {
        boolean single = input.dim() == 1;
        Tensor x = single ? input.unsqueeze(0) : input;
        Tensor y = single && !probabilities ? target.reshape(1) : single ? target.unsqueeze(0) : target;
        if (x.dim() < 2) {
            throw new TensorError(op + ": expected input of shape (N, C), (N, C, d...) or (C), got " + input.shape());
        }
        int n = x.size(0), c = x.size(1);
        int inner = c == 0 || n == 0 ? 0 : (int) (x.numel() / ((long) n * c));
        if (weight != null && (weight.dim() != 1 || weight.size(0) != c)) {
            throw new TensorError(op + ": weight must have one entry per class (" + c + "), got " + weight.shape());
        }
        int[] channelShape = new int[x.dim()];
        java.util.Arrays.fill(channelShape, 1);
        channelShape[1] = c;
        Tensor logp = op.equals("nllLoss") ? x : x.logSoftmax(1);
        if (probabilities) {
            if (!y.shape().equals(x.shape())) {
                throw new TensorError(op + ": a probability target must have the input's shape " + input.shape() + ", got "
                        + target.shape() + "; for class labels pass an int64 tensor");
            }
            Tensor p = smoothing > 0 ? y.mul(1 - smoothing).add(smoothing / c) : y;
            Tensor prod = logp.mul(p);
            if (weight != null) {
                prod = prod.mul(weight.reshape(channelShape));
            }
            Tensor loss = prod.sum(1).neg();
            return reduction.equals("none") && single ? loss.squeeze(0) : Losses.reduce(op, loss, reduction);
        }
        checkTargetShape(op, x, y, input, target);
        long[] labels = y.toLongArray();
        double[] w = weight == null ? null : NnTensors.doubles(weight);
        long[] safe = new long[labels.length];          // ignored labels read class 0, then count with weight 0
        double[] labelWeight = new double[labels.length];
        double[] counted = new double[labels.length];
        double total = 0;
        for (int i = 0; i < labels.length; i++) {
            long label = labels[i];
            if (label == ignoreIndex) {
                continue;
            }
            if (label < 0 || label >= c) {
                throw new TensorError(op + ": label " + label + " is out of range for " + c + " classes (valid labels are 0.."
                        + (c - 1) + (ignoreIndex < 0 || ignoreIndex >= c ? ", or ignoreIndex " + ignoreIndex : "")
                        + "); check the labels or the number of outputs of the model");
            }
            safe[i] = label;
            counted[i] = 1;
            labelWeight[i] = w == null ? 1 : w[(int) label];
            total += labelWeight[i];
        }
        if (fused(op, input, weight, reduction, smoothing)) {
            // float32 (N, C) scores and labels: one fused, vectorized node (same values and grad_fn)
            return Fused.crossEntropy(x, y, weight, ignoreIndex, reduction);
        }
        int[] pickShape = x.shape().toArray();
        pickShape[1] = 1;
        int[] rowShape = y.shape().toArray();
        Tensor picks = NnTensors.fromLongs(safe, pickShape);
        Tensor rowWeight = NnTensors.fromDoublesLike(labelWeight, x, rowShape);
        if (smoothing > 0) {                          // a sum of two terms, each recorded by its own ops
            Tensor loss = logp.gather(1, picks).squeeze(1).mul(rowWeight).mul(-(1 - smoothing));
            Tensor spread = weight == null ? logp : logp.mul(weight.reshape(channelShape));   // ε Σ_c -w_c logp_c / C
            loss = loss.add(spread.sum(1).mul(NnTensors.fromDoublesLike(counted, x, rowShape)).mul(-smoothing / c));
            return reduce(op, loss, reduction, single, total);
        }
        return nll(op, logp, picks, rowWeight, reduction, single, total);
    }

    /**
     * {@code -w[y_n] logp[n, y_n]}, reduced, as one node (PyTorch's {@code NllLossBackward0}): backward
     * puts {@code -w[y_n]} times the gradient of each loss at its label's entry and zero elsewhere.
     */
    private static Tensor nll(String op, Tensor logp, Tensor picks, Tensor rowWeight, String reduction, boolean single,
                              double total) {
        Tensor loss;
        try (var off = GradMode.disable()) {
            loss = reduce(op, logp.gather(1, picks).squeeze(1).mul(rowWeight).neg(), reduction, single, total);
        }
        int[] classShape = new int[logp.dim()];
        java.util.Arrays.fill(classShape, 1);
        classShape[1] = logp.size(1);
        return NnNode.record("NllLossBackward0", loss, (g, needs) -> {
            Tensor perRow = reduction.equals("mean") ? g.div(total) : g;
            if (reduction.equals("none") && single) {
                perRow = perRow.unsqueeze(0);
            }
            Tensor atLabel = Create.arange(logp.size(1)).reshape(classShape).eq(picks);   // (N, C, d...) one-hot of the labels
            Tensor zero = Tensor.full(new int[0], 0, logp.dtype());
            return new Tensor[] {NnTensors.where(atLabel, perRow.mul(rowWeight).neg().unsqueeze(1), zero)};
        }, logp);
    }

    private static Tensor reduce(String op, Tensor loss, String reduction, boolean single, double total) {
        return switch (reduction) {
            case "none" -> single ? loss.squeeze(0) : loss;
            case "sum" -> loss.sum();
            case "mean" -> loss.sum().div(total);
            default -> Losses.reduce(op, loss, reduction);
        };
    }

    /** Cross-entropy of a float32 (N, C) batch without label smoothing takes {@link Fused#crossEntropy}. */
    private static boolean fused(String op, Tensor input, Tensor weight, String reduction, double smoothing) {
        return op.equals("crossEntropyLoss") && smoothing == 0 && input.dim() == 2 && input.dtype() == DType.FLOAT32
                && (weight == null || weight.dtype() == DType.FLOAT32)
                && (reduction.equals("mean") || reduction.equals("sum") || reduction.equals("none"));
    }

    private static void checkTargetShape(String op, Tensor x, Tensor y, Tensor input, Tensor target) {
        boolean ok = y.dim() == x.dim() - 1 && y.size(0) == x.size(0);
        for (int d = 2; ok && d < x.dim(); d++) {
            ok = y.size(d - 1) == x.size(d);
        }
        if (!ok) {
            throw new TensorError(op + ": input " + input.shape() + " needs class labels of shape "
                    + expected(x) + ", got " + target.shape());
        }
    }

    private static String expected(Tensor x) {
        StringBuilder sb = new StringBuilder("(").append(x.size(0));
        for (int d = 2; d < x.dim(); d++) {
            sb.append(", ").append(x.size(d));
        }
        return sb.append(")").toString();
    }
}

package baeum.data;

import baeum.storage.DType;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/** Classification metrics on predictions and true labels. */
public final class Metrics {
    private Metrics() {
    }

    /**
     * The fraction of correct predictions. {@code predictions} is either scores (N, C), whose
     * argmax over dim 1 is the predicted class, or predicted labels (N); {@code targets} are the
     * labels (N).
     *
     * <pre>
     * jshell> data.accuracy(tensor(new float[][] {{2, 1}, {0, 3}, {1, 0}}), tensor(0, 1, 1))
     * $1 ==> 0.6666666666666666
     * </pre>
     */
    public static double accuracy(Tensor predictions, Tensor targets) {
        long[] p = predictedLabels("accuracy", predictions, targets);
        long[] t = targets.toLongArray();
        int correct = 0;
        for (int i = 0; i < p.length; i++) if (p[i] == t[i]) correct++;
        return p.length == 0 ? 0 : (double) correct / p.length;
    }

    /**
     * Counts of (true class, predicted class) pairs: row i, column j counts examples of class i
     * predicted as j (scikit-learn's layout). Shape: (numClasses, numClasses), int64.
     */
    public static Tensor confusionMatrix(Tensor predictions, Tensor targets, int numClasses) {
        long[] p = predictedLabels("confusionMatrix", predictions, targets);
        long[] t = targets.toLongArray();
        long[] m = new long[numClasses * numClasses];
        for (int i = 0; i < p.length; i++) {
            check(t[i], numClasses, "true label", i);
            check(p[i], numClasses, "predicted label", i);
            m[(int) t[i] * numClasses + (int) p[i]]++;
        }
        return Tensor.wrap(m, numClasses, numClasses);
    }

    private static void check(long label, int numClasses, String what, int i) {
        if (label < 0 || label >= numClasses) {
            throw new TensorError("confusionMatrix: " + what + " " + label + " of example " + i
                    + " is outside the class range [0, " + (numClasses - 1) + "]");
        }
    }

    private static long[] predictedLabels(String op, Tensor predictions, Tensor targets) {
        if (targets.dim() != 1) throw new TensorError(op + ": targets must be labels of shape (N), got " + targets.shape());
        int n = targets.size(0);
        if (predictions.dim() == 2 && predictions.size(0) == n) {
            float[] s = predictions.toFloatArray();
            int c = predictions.size(1);
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                int best = 0;
                for (int j = 1; j < c; j++) if (s[i * c + j] > s[i * c + best]) best = j;
                out[i] = best;
            }
            return out;
        }
        if (predictions.dim() == 1 && predictions.size(0) == n) {
            if (predictions.dtype() == DType.FLOAT32 || predictions.dtype() == DType.FLOAT64) {
                throw new TensorError(op + ": 1-D predictions must be class labels (int64), got " + predictions.dtype()
                        + "; pass the scores (N, C) or predictions.argmax(1)");
            }
            return predictions.toLongArray();
        }
        throw new TensorError(op + ": predictions of shape " + predictions.shape() + " do not match targets of shape "
                + targets.shape() + "; expected scores (" + n + ", C) or labels (" + n + ")");
    }
}

package baeum.plot;

import org.jfree.chart.JFreeChart;

import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Counts of (true class, predicted class) pairs, each cell annotated with its count; the
 * diagonal holds the correct predictions. The title reports the accuracy.
 *
 * <pre>{@code
 * jshell> confusionMatrix(yPred, yTrue, "T-shirt", "Trouser", "Pullover")
 * }</pre>
 */
public final class ConfusionMatrix extends Chart<ConfusionMatrix> {
    private final long[][] counts;
    private String[] classNames;
    private boolean normalized;

    ConfusionMatrix(long[][] counts) {
        int n = counts.length;
        for (long[] row : counts) {
            if (row.length != n) {
                throw new IllegalArgumentException("confusionMatrix: the counts must be square (classes x classes), got "
                        + n + " rows and a row of " + row.length);
            }
        }
        if (n == 0) throw new IllegalArgumentException("confusionMatrix: no classes; give at least one");
        this.counts = new long[n][];
        for (int i = 0; i < n; i++) this.counts[i] = counts[i].clone();
        xlabel("predicted");
        ylabel("true");
    }

    /** Counts the pairs {@code (actual[i], predicted[i])}; classes are 0 .. max label. */
    static ConfusionMatrix fromLabels(int[] actual, int[] predicted) {
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException("confusionMatrix: " + actual.length + " true labels but "
                    + predicted.length + " predictions; give one prediction per example");
        }
        int n = 0;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] < 0 || predicted[i] < 0) {
                throw new IllegalArgumentException("confusionMatrix: labels must be >= 0, got "
                        + Math.min(actual[i], predicted[i]) + " at index " + i);
            }
            n = Math.max(n, Math.max(actual[i], predicted[i]) + 1);
        }
        var counts = new long[Math.max(n, 1)][Math.max(n, 1)];
        for (int i = 0; i < actual.length; i++) counts[actual[i]][predicted[i]]++;
        return new ConfusionMatrix(counts);
    }

    /**
     * Names the classes from a list, e.g. a dataset's class names.
     * <pre>{@code jshell> confusionMatrix(model.forward(xTest), yTest).classNames(datasets.fashionMnistClasses()) }</pre>
     */
    public ConfusionMatrix classNames(java.util.List<String> names) {
        return classNames(names.toArray(String[]::new));
    }

    /** Names the classes (label k is called {@code names[k]}). */
    public ConfusionMatrix classNames(String... names) {
        if (names == null || names.length == 0) {
            this.classNames = null;
        } else if (names.length < counts.length) {
            throw new IllegalArgumentException("confusionMatrix: " + names.length + " class names for "
                    + counts.length + " classes; give one name per class");
        } else {
            this.classNames = java.util.Arrays.copyOf(names, counts.length);
        }
        return this;
    }

    /**
     * Shows each row as fractions of its true class (recall on the diagonal) instead of counts,
     * so that rare classes are as readable as common ones.
     * <pre>{@code jshell> confusionMatrix(yPred, yTrue).normalized() }</pre>
     */
    public ConfusionMatrix normalized() {
        this.normalized = true;
        return this;
    }

    /** The count of examples of class {@code actual} predicted as {@code predicted}. */
    public long count(int actual, int predicted) {
        return counts[actual][predicted];
    }

    /** The number of classes. */
    public int classes() {
        return counts.length;
    }

    /** The fraction of examples on the diagonal (0 when there are none). */
    public double accuracy() {
        long total = 0, right = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) total += counts[i][j];
            right += counts[i][i];
        }
        return total == 0 ? 0 : (double) right / total;
    }

    @Override
    protected String displayTitle() {
        return title() != null ? title()
                : String.format(Locale.ROOT, "confusion matrix (accuracy %.1f%%)", 100 * accuracy());
    }

    @Override
    protected JFreeChart build() {
        var z = new double[counts.length][counts.length];
        for (int i = 0; i < z.length; i++) {
            long rowSum = 0;
            for (long c : counts[i]) rowSum += c;
            for (int j = 0; j < z.length; j++) {
                z[i][j] = !normalized ? counts[i][j] : rowSum == 0 ? 0 : (double) counts[i][j] / rowSum;
            }
        }
        DoubleFunction<String> format = normalized ? v -> String.format(Locale.ROOT, "%.2f", v) : v -> Long.toString((long) v);
        return GridChart.build(this, new GridChart.Spec(z, classNames, classNames, Colors.ColorMap.BLUES, format, true, !normalized,
                new double[] {0, normalized ? 1 : Math.max(1, GridChart.range(z)[1])}));
    }
}

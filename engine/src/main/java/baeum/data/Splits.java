package baeum.data;

import baeum.storage.TensorError;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Splitting a dataset: {@code randomSplit} into parts, {@code kFold} into cross-validation folds. */
public final class Splits {
    private Splits() {
    }

    /** One cross-validation fold: train on {@code train}, validate on {@code valid}. */
    public record Fold(Subset train, Subset valid) {
    }

    /**
     * Splits into non-overlapping random subsets of the given lengths, which must add up to the
     * dataset's size (PyTorch's {@code random_split}).
     */
    public static List<Subset> randomSplit(Dataset ds, int[] lengths, Random random) {
        int total = 0;
        for (int l : lengths) {
            if (l < 0) throw new TensorError("randomSplit: lengths must be >= 0, got " + l);
            total += l;
        }
        if (total != ds.size()) {
            throw new TensorError("randomSplit: the lengths " + java.util.Arrays.toString(lengths) + " add up to " + total
                    + " but the dataset has " + ds.size() + " examples; they must match (or pass fractions)");
        }
        int[] perm = permutation(ds.size(), random);
        List<Subset> parts = new ArrayList<>();
        int o = 0;
        for (int l : lengths) {
            parts.add(new Subset(ds, java.util.Arrays.copyOfRange(perm, o, o + l)));
            o += l;
        }
        return parts;
    }

    /**
     * Splits by fractions that add up to 1, as PyTorch does: each part gets ⌊f·N⌋ examples and the
     * remainder goes one by one to the first parts.
     */
    public static List<Subset> randomSplit(Dataset ds, double[] fractions, Random random) {
        double sum = 0;
        for (double f : fractions) {
            if (f < 0 || f > 1) throw new TensorError("randomSplit: fractions must be in [0, 1], got " + f);
            sum += f;
        }
        if (Math.abs(sum - 1) > 1e-6) {
            throw new TensorError("randomSplit: the fractions " + java.util.Arrays.toString(fractions) + " add up to "
                    + sum + "; they must add up to 1");
        }
        int n = ds.size();
        int[] lengths = new int[fractions.length];
        int used = 0;
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = (int) Math.floor(n * fractions[i]);
            used += lengths[i];
        }
        for (int i = 0; used < n; i = (i + 1) % lengths.length, used++) lengths[i]++;
        return randomSplit(ds, lengths, random);
    }

    /**
     * Splits into k folds (shuffled when {@code random} is not null): fold i validates on the i-th
     * k-th of the examples and trains on the rest. The first N mod k folds get one more
     * validation example, as scikit-learn's {@code KFold}.
     */
    public static List<Fold> kFold(Dataset ds, int k, Random random) {
        int n = ds.size();
        if (k < 2 || k > n) {
            throw new TensorError("kFold: k must be between 2 and the number of examples (" + n + "), got " + k);
        }
        int[] order = random == null ? permutation(n, null) : permutation(n, random);
        List<Fold> folds = new ArrayList<>();
        int start = 0;
        for (int f = 0; f < k; f++) {
            int len = n / k + (f < n % k ? 1 : 0);
            int[] valid = java.util.Arrays.copyOfRange(order, start, start + len);
            int[] train = new int[n - len];
            System.arraycopy(order, 0, train, 0, start);
            System.arraycopy(order, start + len, train, start, n - start - len);
            folds.add(new Fold(new Subset(ds, train), new Subset(ds, valid)));
            start += len;
        }
        return folds;
    }

    /** 0..n-1, shuffled by {@code random} (the engine's generator if null and shuffle wanted). */
    static int[] permutation(int n, Random random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        if (random == null) return p;
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}

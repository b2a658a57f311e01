package baeum.tensor;

import baeum.storage.TensorError;

/**
 * One entry of an index, as in Python's {@code x[1:3, :, None]}: a range with a step
 * ({@code slice(1, 3)}, {@code slice(null, null, 2)}), all of a dim ({@code all()}), a new
 * size-1 dim ({@code newAxis()}) or the remaining dims ({@code ellipsis()}).
 *
 * <pre>
 * jshell> var x = arange(12).view(3, 4)
 * jshell> x.get(all(), 2)                  // x[:, 2]
 * $2 ==> tensor([ 2,  6, 10])
 * jshell> x.get(slice(1, 3)).shape()       // x[1:3]
 * $3 ==> (2, 4)
 * </pre>
 */
public final class Slice {
    enum Kind { RANGE, NEW_AXIS, ELLIPSIS }

    final Kind kind;
    final Integer start, stop;
    final int step;

    private Slice(Kind kind, Integer start, Integer stop, int step) {
        if (step <= 0) throw new TensorError("slice: step must be positive, but got " + step);
        this.kind = kind;
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** {@code start:stop}; null means "from the beginning" / "to the end"; negatives count from the end. */
    public static Slice slice(Integer start, Integer stop) {
        return new Slice(Kind.RANGE, start, stop, 1);
    }

    /** {@code start:stop:step}. */
    public static Slice slice(Integer start, Integer stop, int step) {
        return new Slice(Kind.RANGE, start, stop, step);
    }

    /** {@code :}, the whole dim. */
    public static Slice all() {
        return new Slice(Kind.RANGE, null, null, 1);
    }

    /** {@code None}: inserts a dim of size 1. */
    public static Slice newAxis() {
        return new Slice(Kind.NEW_AXIS, null, null, 1);
    }

    /** {@code ...}: as many {@code :} as needed to index the remaining dims. */
    public static Slice ellipsis() {
        return new Slice(Kind.ELLIPSIS, null, null, 1);
    }

    /** The first index, the count and the step over a dim of {@code size}, clamped as Python does. */
    int[] resolve(int size) {
        int s = start == null ? 0 : start < 0 ? Math.max(0, start + size) : Math.min(start, size);
        int e = stop == null ? size : stop < 0 ? Math.max(0, stop + size) : Math.min(stop, size);
        int n = e > s ? (e - s + step - 1) / step : 0;
        return new int[] {s, n, step};
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NEW_AXIS -> "None";
            case ELLIPSIS -> "...";
            default -> (start == null ? "" : start) + ":" + (stop == null ? "" : stop) + (step == 1 ? "" : ":" + step);
        };
    }
}

package baeum.storage;

/**
 * Shape arithmetic in one place: dim wrapping, contiguous strides, and broadcasting.
 * Every op that checks a dim or broadcasts two shapes comes here, so every such error reads
 * the same way.
 */
public final class Dims {
    private Dims() {}

    /** Maps a possibly negative {@code dim} into {@code [0, rank)}, or fails naming the op and range. */
    public static int wrap(String op, int dim, int rank, int[] shape) {
        int r = Math.max(rank, 1);
        if (dim < -r || dim >= r) {
            throw new TensorError(op + ": dim " + dim + " is out of range for a tensor of shape "
                    + Shape.str(shape) + ": expected a dim in [" + (-r) + ", " + (r - 1) + "]");
        }
        return dim < 0 ? dim + r : dim;
    }

    /** Row-major strides for {@code shape}. */
    public static int[] contiguousStrides(int[] shape) {
        int[] st = new int[shape.length];
        int s = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            st[i] = s;
            s *= Math.max(shape[i], 1);
        }
        return st;
    }

    /** The product of the sizes. */
    public static int numel(int[] shape) {
        long n = 1;
        for (int d : shape) n *= d;
        if (n > Integer.MAX_VALUE) {
            throw new TensorError("tensor of shape " + Shape.str(shape) + " has " + n
                    + " elements; Baeum tensors hold at most " + Integer.MAX_VALUE);
        }
        return (int) n;
    }

    /** True if {@code strides} are the row-major strides of {@code shape} (size-1 dims ignored). */
    public static boolean isContiguous(int[] shape, int[] strides) {
        int s = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] != 1 && strides[i] != s) return false;
            s *= shape[i];
        }
        return true;
    }

    /** The broadcast shape of {@code a} and {@code b}, or an error naming {@code op} and both shapes. */
    public static int[] broadcast(String op, int[] a, int[] b) {
        if (java.util.Arrays.equals(a, b)) return a;
        int r = Math.max(a.length, b.length);
        int[] out = new int[r];
        for (int i = 0; i < r; i++) {
            int da = i - (r - a.length) >= 0 ? a[i - (r - a.length)] : 1;
            int db = i - (r - b.length) >= 0 ? b[i - (r - b.length)] : 1;
            if (da != db && da != 1 && db != 1) {
                throw new TensorError(op + ": cannot broadcast " + Shape.str(a) + " with " + Shape.str(b)
                        + ": sizes " + da + " and " + db + " differ at dim " + i
                        + " (aligned from the right); sizes must be equal or one of them 1."
                        + " Use unsqueeze/view to line the dims up."
                        + "\nSee it dim by dim: explainBroadcast(shape" + Shape.str(a) + ", shape" + Shape.str(b) + ")");
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    /** Strides that read {@code t} as if expanded to {@code shape} (stride 0 on broadcast dims). */
    public static int[] broadcastStrides(int[] tShape, int[] tStrides, int[] shape) {
        int r = shape.length, off = r - tShape.length;
        int[] st = new int[r];
        for (int i = off; i < r; i++) {
            st[i] = tShape[i - off] == 1 && shape[i] != 1 ? 0 : tStrides[i - off];
        }
        return st;
    }

    /** A dims array for error messages and checks: {@code shape} as a list, e.g. "(2, 3)". */
    public static String str(int[] shape) {
        return Shape.str(shape);
    }
}

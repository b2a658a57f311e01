package baeum.storage;

/**
 * The flat array behind one or more tensors (views share it), plus the version counter that
 * autograd uses to detect in-place changes of tensors saved for backward.
 *
 * <p>Exactly one array is non-null, the one of {@link #dtype}: {@code f} for FLOAT32,
 * {@code d} for FLOAT64, {@code l} for INT64, {@code b} for BOOL. Engine code reads the arrays
 * directly; students never need this class.
 */
public final class Storage {
    public final DType dtype;
    public final float[] f;
    public final double[] d;
    public final long[] l;
    public final boolean[] b;
    int version;
    String lastInplaceOp;

    private Storage(DType dtype, float[] f, double[] d, long[] l, boolean[] b) {
        this.dtype = dtype;
        this.f = f;
        this.d = d;
        this.l = l;
        this.b = b;
        if (!HeapBudget.started) HeapBudget.allocated(f != null ? f.length : d != null ? d.length : l != null ? l.length : b.length);
    }

    public static Storage of(float[] f) {
        return new Storage(DType.FLOAT32, f, null, null, null);
    }

    public static Storage of(double[] d) {
        return new Storage(DType.FLOAT64, null, d, null, null);
    }

    public static Storage of(long[] l) {
        return new Storage(DType.INT64, null, null, l, null);
    }

    public static Storage of(boolean[] b) {
        return new Storage(DType.BOOL, null, null, null, b);
    }

    /** A zero-filled storage of {@code n} elements. */
    public static Storage allocate(DType dtype, int n) {
        return switch (dtype) {
            case FLOAT32 -> of(new float[n]);
            case FLOAT64 -> of(new double[n]);
            case INT64 -> of(new long[n]);
            case BOOL -> of(new boolean[n]);
        };
    }

    /** Converts values computed in double precision to {@code dtype} (truncating towards zero for INT64). */
    public static Storage fromDoubles(DType dtype, double[] v) {
        int n = v.length;
        switch (dtype) {
            case FLOAT64:
                return of(v);
            case FLOAT32: {
                float[] f = new float[n];
                for (int i = 0; i < n; i++) f[i] = (float) v[i];
                return of(f);
            }
            case INT64: {
                long[] l = new long[n];
                for (int i = 0; i < n; i++) l[i] = (long) v[i];
                return of(l);
            }
            default: {
                boolean[] b = new boolean[n];
                for (int i = 0; i < n; i++) b[i] = v[i] != 0;
                return of(b);
            }
        }
    }

    /** The same array under a fresh version counter (what {@code data()} hands out). */
    public Storage sameArrayNewCounter() {
        return new Storage(dtype, f, d, l, b);
    }

    /** The number of elements in the array. */
    public int length() {
        return switch (dtype) {
            case FLOAT32 -> f.length;
            case FLOAT64 -> d.length;
            case INT64 -> l.length;
            case BOOL -> b.length;
        };
    }

    /** Reads element {@code i} as a double, whatever the dtype (slow path). */
    public double getDouble(int i) {
        return switch (dtype) {
            case FLOAT32 -> f[i];
            case FLOAT64 -> d[i];
            case INT64 -> l[i];
            case BOOL -> b[i] ? 1 : 0;
        };
    }

    /** Writes element {@code i} from a double, whatever the dtype (slow path). */
    public void setDouble(int i, double v) {
        switch (dtype) {
            case FLOAT32 -> f[i] = (float) v;
            case FLOAT64 -> d[i] = v;
            case INT64 -> l[i] = (long) v;
            case BOOL -> b[i] = v != 0;
        }
    }

    /** The number of in-place changes made to this storage so far. */
    public int version() {
        return version;
    }

    /** Records an in-place change by {@code op} (autograd compares versions at backward). */
    public void bumpVersion(String op) {
        version++;
        lastInplaceOp = op;
    }

    /** The name of the last in-place op that changed this storage, or null. */
    public String lastInplaceOp() {
        return lastInplaceOp;
    }
}

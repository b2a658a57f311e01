package baeum.ops;

/**
 * The affine map of a linear layer on float32 rows, {@code y = x W^T + b}, as one GEMM that
 * starts from the bias rows (instead of a product and a broadcast add).
 */
public final class Affine {
    private Affine() {}

    /**
     * Writes {@code y = x W^T + bias} into {@code y} (n x out, contiguous): x is n x in with row
     * stride {@code in} from {@code xOff}, W is out x in with row stride {@code in} from
     * {@code wOff}; {@code bias} (out values) may be null.
     */
    public static void rows(int n, int in, int out, float[] x, int xOff, float[] w, int wOff, float[] bias, float[] y) {
        if (bias != null) {
            for (int i = 0; i < n; i++) System.arraycopy(bias, 0, y, i * out, out);
        }
        MatmulOps.gemm(false, true, n, out, in, x, xOff, in, w, wOff, in, y, 0, out, bias != null);
    }
}

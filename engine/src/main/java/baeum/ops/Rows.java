package baeum.ops;

/**
 * Walks up to three strided operands of the same (broadcast) shape row by row: the innermost
 * dimension is handed to a kernel as one run of {@link #inner} elements with strides
 * {@link #ia}, {@link #ib}, {@link #io}. Dimensions that are laid out back to back in every
 * operand are merged first, so a contiguous or simply broadcast case becomes a few long rows.
 *
 * <pre>
 * for (var r = new Rows(shape, sa, aOff, sb, bOff, so, oOff); r.hasNext(); r.next()) {
 *     kernel(a, r.oa, r.ia, b, r.ob, r.ib, out, r.oo, r.io, r.inner);
 * }
 * </pre>
 */
public final class Rows {
    /** Length of each row, and the strides of the three operands along it. */
    public final int inner, ia, ib, io;
    /** The offsets of the current row in each operand. */
    public int oa, ob, oo;
    private final int[] shape, sa, sb, so, idx;
    private final int outerRank;
    private int remaining;

    /** Operands b or o may be null strides (unused operand). */
    public Rows(int[] shape, int[] sa, int a0, int[] sb, int b0, int[] so, int o0) {
        int r = shape.length;
        int[] sh = new int[Math.max(r, 1)];
        int[] xa = new int[sh.length], xb = new int[sh.length], xo = new int[sh.length];
        int n = 0;
        long total = 1;
        for (int i = 0; i < r; i++) {
            total *= shape[i];
            if (shape[i] == 1) continue;
            int stA = sa[i], stB = sb == null ? 0 : sb[i], stO = so == null ? 0 : so[i];
            if (n > 0 && xa[n - 1] == stA * shape[i] && xb[n - 1] == stB * shape[i] && xo[n - 1] == stO * shape[i]) {
                sh[n - 1] *= shape[i];
                xa[n - 1] = stA;
                xb[n - 1] = stB;
                xo[n - 1] = stO;
            } else {
                sh[n] = shape[i];
                xa[n] = stA;
                xb[n] = stB;
                xo[n] = stO;
                n++;
            }
        }
        if (n == 0) {
            sh[0] = 1;
            n = 1;
        }
        this.shape = sh;
        this.sa = xa;
        this.sb = xb;
        this.so = xo;
        this.outerRank = n - 1;
        this.inner = sh[n - 1];
        this.ia = xa[n - 1];
        this.ib = xb[n - 1];
        this.io = xo[n - 1];
        this.idx = new int[n];
        this.oa = a0;
        this.ob = b0;
        this.oo = o0;
        this.remaining = total == 0 ? 0 : (int) (total / inner);
    }

    public boolean hasNext() {
        return remaining > 0;
    }

    /** Advances to the next row. */
    public void next() {
        remaining--;
        for (int d = outerRank - 1; d >= 0; d--) {
            idx[d]++;
            oa += sa[d];
            ob += sb[d];
            oo += so[d];
            if (idx[d] < shape[d]) return;
            oa -= sa[d] * shape[d];
            ob -= sb[d] * shape[d];
            oo -= so[d] * shape[d];
            idx[d] = 0;
        }
    }
}

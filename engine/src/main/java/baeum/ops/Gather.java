package baeum.ops;

import baeum.storage.Storage;

/**
 * Picking elements or rows by index, and the backward of a row pick (adding each picked row's
 * gradient back where it came from).
 */
public final class Gather {
    private Gather() {}

    /**
     * Copies row {@code ids[k]} of the contiguous float table {@code (src, from, rowLength)} to row
     * {@code k} of {@code out} (float32 or float64, the table's dtype), for every k.
     */
    public static void rows(Storage src, int from, int rowLength, int[] ids, Storage out) {
        for (int k = 0; k < ids.length; k++) {
            int at = from + ids[k] * rowLength;
            switch (src.dtype) {
                case FLOAT32 -> System.arraycopy(src.f, at, out.f, k * rowLength, rowLength);
                case FLOAT64 -> System.arraycopy(src.d, at, out.d, k * rowLength, rowLength);
                default -> throw new IllegalArgumentException("Gather.rows: float rows only, got " + src.dtype);
            }
        }
    }

    /**
     * The backward of {@link #rows}: adds row {@code k} of {@code grad} into row {@code ids[k]} of
     * {@code table}, in order of k, skipping the rows whose id is {@code skipId} (-1 skips none).
     */
    public static void addRows(double[] grad, int[] ids, int skipId, int rowLength, double[] table) {
        for (int k = 0; k < ids.length; k++) {
            if (ids[k] == skipId) continue;
            int row = ids[k] * rowLength;
            for (int j = 0; j < rowLength; j++) table[row + j] += grad[k * rowLength + j];
        }
    }

    /** The positions where {@code mask} is true, in increasing order (what {@code x[mask]} picks). */
    public static long[] truePositions(boolean[] mask) {
        int count = 0;
        for (boolean b : mask) if (b) count++;
        long[] at = new long[count];
        for (int i = 0, k = 0; i < mask.length; i++) if (mask[i]) at[k++] = i;
        return at;
    }
}

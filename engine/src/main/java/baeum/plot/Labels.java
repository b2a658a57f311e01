package baeum.plot;

/** Class labels given as longs (a tensor's INT64 values) narrowed to ints, with a clear error. */
final class Labels {
    private Labels() {}

    static int[] toInt(String op, long[] labels) {
        var out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] > 100_000) {
                throw new IllegalArgumentException(op + ": label " + labels[i] + " at index " + i
                        + " is not a class index (0 .. 100000)");
            }
            out[i] = (int) labels[i];
        }
        return out;
    }
}

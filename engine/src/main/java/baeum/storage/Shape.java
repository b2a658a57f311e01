package baeum.storage;

import java.util.Arrays;

/**
 * The sizes of a tensor's dimensions, immutable, printed like {@code (5, 5)}.
 *
 * <pre>
 * jshell> zeros(2, 3).shape()
 * $1 ==> (2, 3)
 * jshell> zeros(2, 3).shape().get(-1)
 * $2 ==> 3
 * </pre>
 */
public final class Shape {
    private final int[] dims;

    public Shape(int... dims) {
        this.dims = dims.clone();
    }

    /** The size of dimension {@code i}; negative {@code i} counts from the end. */
    public int get(int i) {
        return dims[Dims.wrap("Shape.get", i, dims.length, dims)];
    }

    /** The number of dimensions (the rank), as PyTorch's {@code len(shape)}. */
    public int size() {
        return dims.length;
    }

    /** The number of dimensions (the rank). */
    public int rank() {
        return dims.length;
    }

    /** A copy of the sizes. */
    public int[] toArray() {
        return dims.clone();
    }

    /** The product of the sizes: the number of elements. */
    public long numel() {
        long n = 1;
        for (int d : dims) n *= d;
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shape s && Arrays.equals(dims, s.dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }

    @Override
    public String toString() {
        return str(dims);
    }

    /** Formats sizes as {@code (2, 3)}; a one-dimensional shape prints as {@code (3)}. */
    public static String str(int[] dims) {
        var sb = new StringBuilder("(");
        for (int i = 0; i < dims.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(dims[i]);
        }
        return sb.append(')').toString();
    }
}

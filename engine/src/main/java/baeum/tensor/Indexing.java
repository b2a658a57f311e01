package baeum.tensor;

import baeum.autograd.ViewNodes;

/** {@code select}, {@code narrow} and {@code get(...)}: views that pick part of a tensor. */
final class Indexing {
    private Indexing() {}

    static int checkIndex(String op, Tensor t, int d, long index) {
        int size = t.shape[d];
        if (index < -size || index >= size) {
            throw new TensorError(op + ": index " + index + " is out of range for dim " + d + " of size " + size
                    + " (shape " + Shape.str(t.shape) + "): expected an index in [" + (-size) + ", " + (size - 1) + "]");
        }
        return (int) (index < 0 ? index + size : index);
    }

    static Tensor select(Tensor t, int dim, int index) {
        if (t.dim() == 0) throw new TensorError("select: cannot index a 0-d tensor; use item() to read its value");
        int d = Dims.wrap("select", dim, t.dim(), t.shape);
        int i = checkIndex("select", t, d, index);
        Tensor out = Views.make(t, remove(t.shape, d), remove(t.strides, d), t.offset + i * t.strides[d]);
        return ViewNodes.slice("SelectBackward0", t, out, z -> select(z, d, i));
    }

    static Tensor narrow(Tensor t, int dim, int start, int length) {
        if (t.dim() == 0) throw new TensorError("narrow: cannot narrow a 0-d tensor");
        int d = Dims.wrap("narrow", dim, t.dim(), t.shape);
        int size = t.shape[d];
        int s = start < 0 && start >= -size ? start + size : start;
        if (s < 0 || length < 0 || s + length > size) {
            throw new TensorError("narrow: start " + start + " and length " + length + " do not fit in dim " + d
                    + " of size " + size + " (shape " + Shape.str(t.shape) + "): need 0 <= start and start + length <= "
                    + size);
        }
        int[] shape = t.shape.clone();
        shape[d] = length;
        Tensor out = Views.make(t, shape, t.strides, t.offset + s * t.strides[d]);
        return ViewNodes.slice("SliceBackward0", t, out, z -> narrow(z, d, s, length));
    }

    /** {@code x[index...]} with ints, {@link Slice}s, newAxis and ellipsis. */
    static Tensor get(Tensor t, Object[] index) {
        int consumed = 0, ellipses = 0;
        for (Object o : index) {
            if (o instanceof Slice s && s.kind == Slice.Kind.NEW_AXIS) continue;
            if (o instanceof Slice s && s.kind == Slice.Kind.ELLIPSIS) {
                ellipses++;
                continue;
            }
            if (!(o instanceof Integer || o instanceof Long || o instanceof Slice)) {
                throw new TensorError("get: index entries must be ints or Slices (slice(1, 3), all(), newAxis(), ellipsis()),"
                        + " but got " + (o == null ? "null" : o.getClass().getSimpleName()));
            }
            consumed++;
        }
        if (ellipses > 1) throw new TensorError("get: an index can only have a single ellipsis()");
        if (consumed > t.dim()) {
            throw new TensorError("get: too many indices for a tensor of shape " + Shape.str(t.shape) + ": got " + consumed
                    + " but it has " + t.dim() + " dims");
        }
        var shape = new java.util.ArrayList<Integer>();
        var strides = new java.util.ArrayList<Integer>();
        int offset = t.offset, d = 0;
        for (Object o : index) {
            if (o instanceof Slice s && s.kind == Slice.Kind.ELLIPSIS) {
                for (int k = 0; k < t.dim() - consumed; k++, d++) {
                    shape.add(t.shape[d]);
                    strides.add(t.strides[d]);
                }
            } else if (o instanceof Slice s && s.kind == Slice.Kind.NEW_AXIS) {
                shape.add(1);
                strides.add(1);
            } else if (o instanceof Slice s) {
                int[] r = s.resolve(t.shape[d]);
                offset += r[0] * t.strides[d];
                shape.add(r[1]);
                strides.add(t.strides[d] * r[2]);
                d++;
            } else {
                long i = o instanceof Integer n ? n : (Long) o;
                offset += checkIndex("get", t, d, i) * t.strides[d];
                d++;
            }
        }
        for (; d < t.dim(); d++) {
            shape.add(t.shape[d]);
            strides.add(t.strides[d]);
        }
        int[] sh = shape.stream().mapToInt(Integer::intValue).toArray();
        int[] st = strides.stream().mapToInt(Integer::intValue).toArray();
        Tensor out = Views.make(t, sh, st, offset);
        Object[] idx = index.clone();
        return ViewNodes.slice(consumed == index.length && allInts(index) ? "SelectBackward0" : "SliceBackward0",
                t, out, z -> get(z, idx));
    }

    private static boolean allInts(Object[] index) {
        for (Object o : index) if (!(o instanceof Integer || o instanceof Long)) return false;
        return true;
    }

    static int[] remove(int[] a, int i) {
        int[] out = new int[a.length - 1];
        System.arraycopy(a, 0, out, 0, i);
        System.arraycopy(a, i + 1, out, i, a.length - i - 1);
        return out;
    }
}

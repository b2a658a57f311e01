package baeum.tensor;

import baeum.ops.Gather;
import baeum.storage.DType;
import baeum.storage.Dims;
import baeum.storage.Shape;
import baeum.storage.TensorError;


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

    /** {@code x[mask]}: the elements where the bool mask is true, as a 1-D copy. */
    static Tensor maskedSelect(Tensor t, Tensor mask) {
        if (mask.dtype() != DType.BOOL) {
            throw new TensorError("maskedSelect: the mask must be a bool tensor (e.g. x.gt(0)), but it is " + mask.dtype());
        }
        int[] shape = Dims.broadcast("maskedSelect", t.shape, mask.shape);
        boolean[] m = baeum.tensor.Pointwise.contiguousCopy(baeum.tensor.Pointwise.broadcastView(mask, shape)).storage().b;
        long[] flat = Gather.truePositions(m);
        return t.expand(shape).reshape(-1).indexSelect(0, Tensor.wrap(flat, flat.length));
    }

    /** {@code x[..., idx, ...]} with one int64 or bool tensor among {@code all()} entries. */
    private static Tensor tensorIndex(Tensor t, Object[] index) {
        int at = -1;
        for (int i = 0; i < index.length; i++) {
            if (index[i] instanceof Tensor) {
                if (at >= 0) throw new TensorError("get: only one tensor index is supported; index one dim at a time");
                at = i;
            } else if (!(index[i] instanceof Slice s && s.kind == Slice.Kind.RANGE && s.start == null && s.stop == null
                    && s.step == 1)) {
                throw new TensorError("get: a tensor index can only be combined with all() entries; apply the other"
                        + " entries first, e.g. x.get(0).get(idx)");
            }
        }
        Tensor idx = (Tensor) index[at];
        if (idx.dtype() == DType.BOOL) {
            if (at != 0) throw new TensorError("get: a bool mask index must come first (x.get(mask))");
            return maskedSelect(t, idx);
        }
        if (at >= t.dim()) throw new TensorError("get: too many indices for a tensor of shape " + Shape.str(t.shape));
        return t.indexSelect(at, idx.reshape(-1)).reshape(idxShape(t, at, idx));
    }

    private static int[] idxShape(Tensor t, int at, Tensor idx) {
        int[] s = new int[t.dim() - 1 + idx.dim()];
        int j = 0;
        for (int i = 0; i < at; i++) s[j++] = t.shape[i];
        for (int d : idx.shape) s[j++] = d;
        for (int i = at + 1; i < t.dim(); i++) s[j++] = t.shape[i];
        return s;
    }

    /** {@code x[index...]} with ints, {@link Slice}s, newAxis and ellipsis, or one int64/bool tensor. */
    static Tensor get(Tensor t, Object[] index) {
        for (Object o : index) if (o instanceof Tensor) return tensorIndex(t, index);
        int consumed = 0, ellipses = 0;
        for (Object o : index) {
            if (o instanceof Slice s && s.kind == Slice.Kind.NEW_AXIS) continue;
            if (o instanceof Slice s && s.kind == Slice.Kind.ELLIPSIS) {
                ellipses++;
                continue;
            }
            if (!(o instanceof Integer || o instanceof Long || o instanceof Slice)) {
                throw new TensorError("get: index entries must be ints, Slices (slice(1, 3), all(), newAxis(), ellipsis())"
                        + " or one int64/bool tensor,"
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

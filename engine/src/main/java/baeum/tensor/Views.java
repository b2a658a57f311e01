package baeum.tensor;

import baeum.storage.Dims;
import baeum.storage.Shape;
import baeum.storage.TensorError;
import baeum.ops.Elementwise;
import java.util.Arrays;

/**
 * The layout arithmetic of views: each op computes new sizes, strides and offset over the same
 * storage, then records its backward through {@link ViewNodes}.
 */
final class Views {
    private Views() {}

    static Tensor make(Tensor t, int[] shape, int[] strides, int offset) {
        return new Tensor(t.storage, shape, strides, offset, true);
    }

    /** Replaces one -1 in {@code sizes} by the size that keeps the element count. */
    static int[] inferSize(String op, Tensor t, int[] sizes) {
        int[] s = sizes.clone();
        int infer = -1;
        long known = 1;
        int n = Dims.numel(t.shape);
        for (int i = 0; i < s.length; i++) {
            if (s[i] == -1) {
                if (infer >= 0) throw new TensorError(op + ": only one dimension can be -1, but got " + Shape.str(sizes));
                infer = i;
            } else if (s[i] < 0) {
                throw new TensorError(op + ": invalid size " + s[i] + " in " + Shape.str(sizes) + "; sizes must be >= 0 (or -1 to infer one)");
            } else {
                known *= s[i];
            }
        }
        if (infer >= 0 && known > 0 && n % known == 0) s[infer] = (int) (n / known);
        if (Dims.numel(s) != n || (infer >= 0 && known == 0)) {
            throw new TensorError(op + ": cannot view a tensor of shape " + Shape.str(t.shape) + " (" + n
                    + " elements) as " + Shape.str(sizes) + "; the new shape must hold the same number of elements");
        }
        return s;
    }

    /** Strides that read {@code shape} out of a tensor's layout without copying, or null (PyTorch's computeStride). */
    static int[] viewStrides(int[] oldShape, int[] oldStrides, int[] shape) {
        int[] ns = new int[shape.length];
        if (Dims.numel(oldShape) == 0 || oldShape.length == 0) return Dims.contiguousStrides(shape);
        int viewD = shape.length - 1;
        int chunkBase = oldStrides[oldStrides.length - 1];
        long tensorNumel = 1, viewNumel = 1;
        for (int td = oldShape.length - 1; td >= 0; td--) {
            tensorNumel *= oldShape[td];
            if (td == 0 || (oldShape[td - 1] != 1 && oldStrides[td - 1] != tensorNumel * chunkBase)) {
                while (viewD >= 0 && (viewNumel < tensorNumel || shape[viewD] == 1)) {
                    ns[viewD] = (int) (viewNumel * chunkBase);
                    viewNumel *= shape[viewD];
                    viewD--;
                }
                if (viewNumel != tensorNumel) return null;
                if (td > 0) {
                    chunkBase = oldStrides[td - 1];
                    tensorNumel = 1;
                    viewNumel = 1;
                }
            }
        }
        return viewD == -1 ? ns : null;
    }

    static Tensor view(Tensor t, int[] sizes) {
        int[] shape = inferSize("view", t, sizes);
        int[] st = viewStrides(t.shape, t.strides, shape);
        if (st == null) {
            throw new TensorError("view: cannot view a tensor of shape " + Shape.str(t.shape) + " with strides "
                    + Shape.str(t.strides) + " as " + Shape.str(shape) + " without copying (its elements are not"
                    + " laid out in that order). Use reshape(...) instead, or contiguous().view(...)");
        }
        return ViewNodes.reshape("ViewBackward0", t, make(t, shape, st, t.offset));
    }

    static Tensor reshape(Tensor t, int[] sizes) {
        int[] shape = inferSize("reshape", t, sizes);
        int[] st = viewStrides(t.shape, t.strides, shape);
        if (st != null) return ViewNodes.reshape("ViewBackward0", t, make(t, shape, st, t.offset));
        return view(clone(t), shape);
    }

    static Tensor clone(Tensor t) {
        return Unary.apply(Elementwise.COPY, t, 0, 0);
    }

    static Tensor flatten(Tensor t, int start, int end) {
        if (t.dim() == 0) return reshape(t, new int[] {1});
        int s = Dims.wrap("flatten", start, t.dim(), t.shape), e = Dims.wrap("flatten", end, t.dim(), t.shape);
        if (s > e) throw new TensorError("flatten: start dim " + start + " comes after end dim " + end);
        int[] shape = new int[t.dim() - (e - s)];
        int j = 0;
        for (int i = 0; i < s; i++) shape[j++] = t.shape[i];
        int m = 1;
        for (int i = s; i <= e; i++) m *= t.shape[i];
        shape[j++] = m;
        for (int i = e + 1; i < t.dim(); i++) shape[j++] = t.shape[i];
        return reshape(t, shape);
    }

    /** The layout of {@code t} with a size-1 dim inserted at {@code d}: {shape, strides}. */
    static int[][] unsqueezed(Tensor t, int d) {
        int r = t.dim();
        int w = Dims.wrap("unsqueeze", d, r + 1, t.shape);
        int[] shape = new int[r + 1], st = new int[r + 1];
        for (int i = 0, j = 0; i <= r; i++) {
            if (i == w) {
                shape[i] = 1;
                st[i] = w < r ? t.shape[w] * t.strides[w] : 1;
            } else {
                shape[i] = t.shape[j];
                st[i] = t.strides[j++];
            }
        }
        return new int[][] {shape, st};
    }

    /** The layout of {@code t} without size-1 dims (all, or only {@code d} when {@code d} is given). */
    static int[][] squeezed(Tensor t, Integer d) {
        int w = d == null ? -1 : Dims.wrap("squeeze", d, t.dim(), t.shape);
        int n = 0;
        for (int i = 0; i < t.dim(); i++) if (!drop(t, i, w, d)) n++;
        int[] shape = new int[n], st = new int[n];
        for (int i = 0, j = 0; i < t.dim(); i++) {
            if (drop(t, i, w, d)) continue;
            shape[j] = t.shape[i];
            st[j++] = t.strides[i];
        }
        return new int[][] {shape, st};
    }

    private static boolean drop(Tensor t, int i, int w, Integer d) {
        return t.shape[i] == 1 && (d == null || i == w);
    }

    static Tensor unsqueeze(Tensor t, int d) {
        int[][] l = unsqueezed(t, d);
        return ViewNodes.reshape("UnsqueezeBackward0", t, make(t, l[0], l[1], t.offset));
    }

    static Tensor squeeze(Tensor t, Integer d) {
        int[][] l = squeezed(t, d);
        return ViewNodes.reshape(d == null ? "SqueezeBackward0" : "SqueezeBackward1", t, make(t, l[0], l[1], t.offset));
    }

    /** unsqueeze_/squeeze_: change the layout of {@code t} itself. */
    static Tensor relayout(Tensor t, String op, int[][] l) {
        t.checkLeafInplace(op);
        if (baeum.tensor.Node.needsGrad(t)) {
            Tensor old = make(t, t.shape, t.strides, t.offset);
            old.setGradFn(t.gradFn());
            Tensor view = ViewNodes.reshape(op.equals("unsqueeze_") ? "UnsqueezeBackward1" : "SqueezeBackward3", old,
                    make(t, l[0], l[1], t.offset));
            t.setLayout(l[0], l[1]);
            t.setGradFn(view.gradFn());
        } else {
            t.setLayout(l[0], l[1]);
        }
        return t;
    }

    static Tensor permute(Tensor t, int[] dims, String name) {
        int r = t.dim();
        if (dims.length != r) {
            throw new TensorError("permute: got " + dims.length + " dims " + Shape.str(dims) + " for a tensor of shape "
                    + Shape.str(t.shape) + "; give each of its " + r + " dims exactly once");
        }
        int[] w = new int[r], shape = new int[r], st = new int[r];
        boolean[] seen = new boolean[r];
        for (int i = 0; i < r; i++) {
            w[i] = Dims.wrap("permute", dims[i], r, t.shape);
            if (seen[w[i]]) throw new TensorError("permute: dim " + dims[i] + " appears twice in " + Shape.str(dims));
            seen[w[i]] = true;
            shape[i] = t.shape[w[i]];
            st[i] = t.strides[w[i]];
        }
        return ViewNodes.permute(name, t, make(t, shape, st, t.offset), w);
    }

    static Tensor transpose(Tensor t, int a, int b) {
        int r = t.dim();
        if (r == 0) return t;
        int[] dims = new int[r];
        for (int i = 0; i < r; i++) dims[i] = i;
        int x = Dims.wrap("transpose", a, r, t.shape), y = Dims.wrap("transpose", b, r, t.shape);
        dims[x] = y;
        dims[y] = x;
        return permute(t, dims, "TransposeBackward0");
    }

    static Tensor t(Tensor t) {
        if (t.dim() > 2) {
            throw new TensorError("t: expects a tensor with at most 2 dims, but got shape " + Shape.str(t.shape)
                    + "; use transpose(-2, -1) to swap the last two dims");
        }
        return t.dim() < 2 ? t : transpose(t, 0, 1);
    }

    static Tensor expand(Tensor t, int[] sizes) {
        int r = sizes.length, off = r - t.dim();
        if (off < 0) {
            throw new TensorError("expand: cannot expand a tensor of shape " + Shape.str(t.shape) + " to " + Shape.str(sizes)
                    + ": the target has fewer dims; give at least " + t.dim());
        }
        int[] shape = new int[r], st = new int[r];
        for (int i = 0; i < r; i++) {
            int have = i < off ? 1 : t.shape[i - off];
            int want = sizes[i] == -1 && i >= off ? have : sizes[i];
            if (want < 0 || (have != 1 && have != want)) {
                throw new TensorError("expand: cannot expand a tensor of shape " + Shape.str(t.shape) + " to "
                        + Shape.str(sizes) + ": the size " + have + " at dim " + (i - off) + " would become " + sizes[i]
                        + ", but only size-1 dims can be expanded (use repeat-like ops such as cat to copy)");
            }
            shape[i] = want;
            st[i] = i < off || (have == 1 && want != 1) ? 0 : t.strides[i - off];
        }
        if (Arrays.equals(shape, t.shape)) return t;
        return ViewNodes.expand(t, make(t, shape, st, t.offset));
    }
}

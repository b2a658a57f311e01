package baeum.tensor;


/** Variance from differentiable primitives: {@code sum((x - mean)^2) / (n - correction)}. */
final class Stats {
    private Stats() {}

    static Tensor var(Tensor x, int[] dims, boolean unbiased, boolean keepdim) {
        boolean[] mask = Reduce.mask("var", x.shapeArray(), dims);
        long n = 1;
        for (int i = 0; i < mask.length; i++) if (mask[i]) n *= x.shapeArray()[i];
        Tensor mean = x.mean(dims, true);
        Tensor sq = x.sub(mean).pow(2).sum(dims.length == 0 ? allDims(x) : dims, keepdim);
        long div = unbiased ? n - 1 : n;
        return sq.div(div);
    }

    private static int[] allDims(Tensor x) {
        int[] d = new int[x.dim()];
        for (int i = 0; i < d.length; i++) d[i] = i;
        return d;
    }
}

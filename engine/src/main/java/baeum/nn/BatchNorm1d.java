package baeum.nn;

/**
 * Batch normalization of {@code (N, C)} or {@code (N, C, L)} inputs, as {@code torch.nn.BatchNorm1d};
 * see {@link BatchNorm}.
 *
 * <p>Shape: input {@code (N, C)} or {@code (N, C, L)}; output as input.
 *
 * <pre>
 * jshell> nn.batchNorm1d(4)
 * $1 ==> BatchNorm1d(4, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)
 * </pre>
 */
public final class BatchNorm1d extends BatchNorm {
    public BatchNorm1d(int numFeatures, double eps, double momentum, boolean affine, boolean trackRunningStats) {
        super(numFeatures, eps, momentum, affine, trackRunningStats);
    }

    @Override
    boolean rankFits(int dim) {
        return dim == 2 || dim == 3;
    }

    @Override
    String expectedShape() {
        return "(N, " + numFeatures() + ") or (N, " + numFeatures() + ", L)";
    }
}

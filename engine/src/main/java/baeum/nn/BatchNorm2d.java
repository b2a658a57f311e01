package baeum.nn;

/**
 * Batch normalization of images {@code (N, C, H, W)}, per channel, as {@code torch.nn.BatchNorm2d};
 * see {@link BatchNorm}.
 *
 * <p>Shape: input {@code (N, C, H, W)}; output as input.
 *
 * <pre>
 * jshell> nn.batchNorm2d(16).forward(randn(8, 16, 5, 5)).shape()
 * $1 ==> (8, 16, 5, 5)
 * </pre>
 */
public final class BatchNorm2d extends BatchNorm {
    public BatchNorm2d(int numFeatures, double eps, double momentum, boolean affine, boolean trackRunningStats) {
        super(numFeatures, eps, momentum, affine, trackRunningStats);
    }

    @Override
    boolean rankFits(int dim) {
        return dim == 4;
    }

    @Override
    String expectedShape() {
        return "(N, " + numFeatures() + ", H, W)";
    }
}

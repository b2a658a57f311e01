package baeum.nn;

import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/**
 * Batch normalization, as {@code torch.nn.BatchNorm1d}/{@code BatchNorm2d}: normalizes each
 * channel with the batch's mean and biased variance in training mode, and with running estimates
 * in evaluation mode; then {@code y * weight + bias}.
 *
 * <p>Parameters {@code weight} (ones) and {@code bias} (zeros), {@code (numFeatures)}, when
 * {@code affine}; buffers {@code running_mean} (zeros), {@code running_var} (ones) and
 * {@code num_batches_tracked} (int64 0) when {@code trackRunningStats}. Each training step:
 * {@code running = (1 - momentum) * running + momentum * batchStat} (the unbiased batch variance
 * for {@code running_var}); momentum NaN (PyTorch's {@code None}) uses the cumulative average
 * {@code 1 / num_batches_tracked}. Defaults: eps 1e-5, momentum 0.1.
 */
public abstract sealed class BatchNorm extends WeightedLayer permits BatchNorm1d, BatchNorm2d {
    private final int numFeatures;
    private final double eps;
    private final double momentum;

    BatchNorm(int numFeatures, double eps, double momentum, boolean affine, boolean trackRunningStats) {
        if (numFeatures <= 0) {
            throw new TensorError(getClass().getSimpleName() + ": num_features must be positive, got " + numFeatures);
        }
        this.numFeatures = numFeatures;
        this.eps = eps;
        this.momentum = momentum;
        if (affine) {
            registerAffine(numFeatures);
        }
        if (trackRunningStats) {
            registerBuffer("running_mean", NnTensors.zeros(numFeatures));
            registerBuffer("running_var", NnTensors.ones(numFeatures));
            registerBuffer("num_batches_tracked", NnTensors.scalarLong(0));
        }
    }

    /** Checks the rank of the input; the channel count is checked here. */
    abstract boolean rankFits(int dim);

    abstract String expectedShape();

    public Tensor runningMean() {
        return buffer("running_mean");
    }

    public Tensor runningVar() {
        return buffer("running_var");
    }

    public int numFeatures() {
        return numFeatures;
    }

    @Override
    public Tensor forward(Tensor input) {
        if (!rankFits(input.dim()) || input.size(1) != numFeatures) {
            throw new TensorError(this + ": expected input of shape " + expectedShape() + ", got " + input.shape());
        }
        double factor = momentum;
        Tensor batches = buffer("num_batches_tracked");
        if (isTraining() && batches != null) {
            long count = batches.itemLong() + 1;
            batches.data().fill_(count);
            if (Double.isNaN(momentum)) {
                factor = 1.0 / count;
            }
        }
        return Normalization.batchNorm(input, runningMean(), runningVar(), weight(), bias(), isTraining(), factor, eps);
    }

    @Override
    protected String extraRepr() {
        return numFeatures + ", eps=" + Repr.number(eps) + ", momentum=" + (Double.isNaN(momentum) ? "None" : Repr.number(momentum))
                + ", affine=" + Repr.bool(weight() != null) + ", track_running_stats=" + Repr.bool(runningMean() != null);
    }
}

package baeum.bench.model;

import static baeum.Baeum.rand;

import baeum.tensor.Tensor;

/** PyTorch's default parameter initialization for the layers the workloads use. */
final class Init {
    private Init() {}

    /**
     * U(−1/√fanIn, 1/√fanIn): what {@code nn.Linear} and {@code nn.Conv2d} give both weight
     * (kaiming_uniform with a = √5) and bias, and what {@code nn.LSTM} gives every parameter
     * (with fanIn = hidden size).
     */
    static Tensor uniform(int fanIn, int... shape) {
        double bound = 1 / Math.sqrt(fanIn);
        return rand(shape).mul(2 * bound).sub(bound).requiresGrad_();
    }
}

package baeum.bench.model;

import baeum.tensor.Tensor;
import java.util.List;

/** {@code y = x·Wᵀ + b}, as {@code nn.Linear(in, out)}. */
final class Linear {
    final Tensor weight, bias;

    Linear(int in, int out) {
        weight = Init.uniform(in, out, in);
        bias = Init.uniform(in, out);
    }

    /** The engine's fused linear op (one GEMM seeded with the bias rows). */
    Tensor forward(Tensor x) {
        return baeum.tensor.Linear.apply(x, weight, bias);
    }

    List<Tensor> parameters() {
        return List.of(weight, bias);
    }
}

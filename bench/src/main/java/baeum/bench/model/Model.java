package baeum.bench.model;

import baeum.tensor.Tensor;
import java.util.List;

/**
 * A network for the end-to-end workloads: its trainable leaves and its forward pass. The
 * layers are written with core tensor ops and the fused kernels ({@code baeum.fused}), with
 * PyTorch's default initialization, so that the workloads measure the engine itself.
 */
public interface Model {
    List<Tensor> parameters();

    Tensor forward(Tensor x);

    /** Sets every parameter's gradient to null (PyTorch's {@code zero_grad(set_to_none=True)}). */
    default void zeroGrad() {
        for (Tensor p : parameters()) p.zeroGrad();
    }
}

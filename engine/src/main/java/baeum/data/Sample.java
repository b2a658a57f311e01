package baeum.data;

import baeum.tensor.Tensor;

/**
 * One example of a dataset: the input {@code x} and its target {@code y} (a class index as an
 * int64 scalar, or a tensor), as PyTorch's {@code dataset[i]} returns {@code (x, y)}.
 *
 * <pre>
 * jshell> datasets.iris().get(0)
 * $1 ==> Sample[x=tensor([5.1000, 3.5000, 1.4000, 0.2000]), y=tensor(0)]
 * </pre>
 */
public record Sample(Tensor x, Tensor y) {
}

package baeum.data;

import baeum.tensor.Tensor;
import java.util.function.UnaryOperator;

/**
 * A named function from tensor to tensor, applied to each input as a dataset is read
 * (torchvision's transforms). Any lambda {@code x -> ...} works where a transform is expected;
 * the ones made by {@code data.normalize(...)} etc. also print their settings.
 *
 * <pre>
 * jshell> var t = data.compose(data.randomCrop(28, 4), data.normalize(0.2860, 0.3530))
 * t ==> Compose(RandomCrop(size=28, padding=4), Normalize(mean=[0.286], std=[0.353]))
 * </pre>
 */
public final class Transform implements UnaryOperator<Tensor> {
    private final String description;
    private final UnaryOperator<Tensor> fn;

    public Transform(String description, UnaryOperator<Tensor> fn) {
        this.description = description;
        this.fn = fn;
    }

    @Override
    public Tensor apply(Tensor x) {
        return fn.apply(x);
    }

    @Override
    public String toString() {
        return description;
    }
}

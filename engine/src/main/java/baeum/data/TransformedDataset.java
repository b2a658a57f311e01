package baeum.data;

import baeum.tensor.Tensor;
import java.util.function.UnaryOperator;

/**
 * A dataset whose inputs pass through a transform each time they are read (torchvision's
 * {@code transform=} argument), so random augmentations differ from epoch to epoch. Made by
 * {@link Dataset#transform}.
 *
 * <pre>
 * jshell> var augmented = datasets.fashionMnist(false).transform(data.compose(data.randomHorizontalFlip(), data.randomCrop(28, 4)));
 * </pre>
 */
public final class TransformedDataset implements Dataset {
    private final Dataset dataset;
    private final UnaryOperator<Tensor> transform;

    public TransformedDataset(Dataset dataset, UnaryOperator<Tensor> transform) {
        this.dataset = dataset;
        this.transform = transform;
    }

    @Override
    public int size() {
        return dataset.size();
    }

    @Override
    public Sample get(int index) {
        Sample s = dataset.get(index);
        return new Sample(transform.apply(s.x()), s.y());
    }

    @Override
    public String toString() {
        return "TransformedDataset(" + dataset + ")";
    }
}

package baeum.data;

import baeum.tensor.Tensor;
import baeum.storage.TensorError;
import java.util.List;

/** Loads MNIST-format datasets (MNIST, Fashion-MNIST) from IDX files into a {@link TensorDataset}. */
public final class Mnist {
    static final String FASHION_DEBIAN_PACKAGE = "dataset-fashion-mnist";
    static final String FASHION_DEBIAN_DIR = "/usr/share/datasets/fashion-mnist";

    /** Fashion-MNIST's ten classes, in label order. */
    public static final List<String> FASHION_CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    private Mnist() {
    }

    public static TensorDataset fashion(boolean train) {
        return load("fashion-mnist", "FashionMNIST", FASHION_DEBIAN_PACKAGE, FASHION_DEBIAN_DIR, train);
    }

    public static TensorDataset digits(boolean train) {
        return load("mnist", "MNIST", null, null, train);
    }

    /**
     * The images as float32 in [0, 1] (pixel / 255, as torchvision's ToTensor), the labels as
     * int64. Shape: x (N, 1, 28, 28), y (N).
     */
    public static TensorDataset load(String name, String torchvisionName, String debianPackage, String debianDir, boolean train) {
        String prefix = train ? "train" : "t10k";
        var images = Idx.read(DatasetFiles.find(name, torchvisionName, debianPackage, debianDir,
                prefix + "-images-idx3-ubyte"));
        var labels = Idx.read(DatasetFiles.find(name, torchvisionName, debianPackage, debianDir,
                prefix + "-labels-idx1-ubyte"));
        int[] s = images.shape();
        if (s.length != 3 || labels.shape().length != 1 || labels.shape()[0] != s[0]) {
            throw new TensorError("datasets." + name + ": the image file has shape " + java.util.Arrays.toString(s)
                    + " and the label file " + java.util.Arrays.toString(labels.shape())
                    + "; expected (N, H, W) images and N labels");
        }
        byte[] px = images.data();
        float[] x = new float[px.length];
        for (int i = 0; i < px.length; i++) x[i] = (px[i] & 0xff) / 255f;
        byte[] lb = labels.data();
        long[] y = new long[lb.length];
        for (int i = 0; i < lb.length; i++) y[i] = lb[i] & 0xff;
        return new TensorDataset(Tensor.wrap(x, s[0], 1, s[1], s[2]), Tensor.wrap(y, lb.length));
    }
}

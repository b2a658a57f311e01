package baeum.nn;

import baeum.tensor.Tensor;
import baeum.storage.TensorError;

import java.util.Iterator;
import java.util.List;

/**
 * Layers applied one after the other, as {@code torch.nn.Sequential}: the first way to build a
 * model. Sub-modules are named {@code 0}, {@code 1}, ... (or the names given to {@link #add(String, Module)}).
 *
 * <p>Shape: the input shape of the first layer; output that of the last.
 *
 * <pre>
 * jshell> var model = nn.seq(nn.linear(784, 256), nn.relu(), nn.linear(256, 10));
 * jshell> model.forward(randn(64, 784)).shape()
 * $2 ==> (64, 10)
 * </pre>
 */
public class Sequential extends NnFacade.Module implements Iterable<Module> {
    public Sequential(Module... layers) {
        for (Module m : layers) {
            add(m);
        }
    }

    /** Appends a layer named by its position; returns this. */
    public Sequential add(Module layer) {
        registerModule(Integer.toString(size()), layer);
        return this;
    }

    /** Appends a layer under {@code name}; returns this. */
    public Sequential add(String name, Module layer) {
        registerModule(name, layer);
        return this;
    }

    /** The layer at {@code index} (negative counts from the end). */
    public Module get(int index) {
        List<Module> layers = children();
        int i = index < 0 ? index + layers.size() : index;
        if (i < 0 || i >= layers.size()) {
            throw new TensorError(typeName() + ".get: index " + index + " is out of range for "
                    + layers.size() + " layers");
        }
        return layers.get(i);
    }

    public int size() {
        return namedChildren().size();
    }

    @Override
    public Iterator<Module> iterator() {
        return children().iterator();
    }

    /** Applies the layers in order. An error in a layer is reported with the layer's name, e.g. {@code in layer (2): Linear(...): ...}. */
    @Override
    public Tensor forward(Tensor input) {
        Tensor x = input;
        for (var e : namedChildren().entrySet()) {
            try {
                x = e.getValue().forward(x);
            } catch (TensorError err) {
                TensorError located = new TensorError(typeName() + ", in layer (" + e.getKey() + "): " + err.getMessage());
                located.setStackTrace(err.getStackTrace());
                throw located;
            }
        }
        return x;
    }
}

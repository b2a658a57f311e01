package baeum.nn;

import baeum.tensor.Tensor;
import baeum.storage.TensorError;

import java.util.List;

/**
 * A list of layers held as sub-modules {@code 0}, {@code 1}, ..., as {@code torch.nn.ModuleList}:
 * their parameters count as the owner's. A {@code List} or array of modules in a field of a
 * {@link Module} subclass is seen as one automatically. It has no forward of its own: iterate it.
 *
 * <pre>
 * jshell> var blocks = nn.moduleList(nn.linear(4, 4), nn.linear(4, 4));
 * jshell> blocks.parameters().size()
 * $2 ==> 4
 * </pre>
 */
public final class ModuleList extends Sequential {
    public ModuleList(List<? extends Module> modules) {
        for (Module m : modules) {
            add(m);
        }
    }

    @Override
    public Tensor forward(Tensor input) {
        throw new TensorError("ModuleList has no forward; iterate over its layers and call forward on each");
    }
}

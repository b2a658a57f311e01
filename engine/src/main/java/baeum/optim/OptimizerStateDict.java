package baeum.optim;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An optimizer's state, laid out as PyTorch's {@code optimizer.state_dict()}: {@code state} maps
 * a parameter's index (counting through all groups in order) to its named buffers (tensors, copies)
 * and counters ({@code step}); {@code paramGroups} lists each group's hyper-parameters together with
 * {@code params}, the indices of its parameters. Load it into an optimizer built over the same
 * parameters with {@link Optimizer#loadStateDict}.
 *
 * <pre>
 * jshell> var model = nn.linear(4, 3); var opt = optim.adam(model.parameters(), 1e-3);
 * jshell> var saved = opt.stateDict();
 * jshell> var again = optim.adam(model.parameters(), 1e-3); again.loadStateDict(saved);
 * </pre>
 */
public record OptimizerStateDict(Map<Integer, Map<String, Object>> state, List<Map<String, Object>> paramGroups) {
    public OptimizerStateDict {
        state = Collections.unmodifiableMap(new TreeMap<>(state));
        paramGroups = List.copyOf(paramGroups);
    }
}

package baeum.optim;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an optimizer remembers about one parameter between steps: the number of updates made
 * ({@code step}) and named buffers such as Adam's {@code exp_avg}, kept as plain arrays that the
 * update loops change in place (no tensor is allocated per step).
 */
public final class ParamState {
    long step;
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** How many updates this parameter has had. */
    public long step() {
        return step;
    }

    /** True before the first update. */
    public boolean isEmpty() {
        return step == 0 && values.isEmpty();
    }

    /** The buffer {@code name} of {@code n} floats, created zero-filled on first use. */
    float[] buffer(String name, int n) {
        return buffer(name, n, 0f);
    }

    /** The buffer {@code name} of {@code n} floats, created filled with {@code init} on first use. */
    float[] buffer(String name, int n, float init) {
        Object v = values.get(name);
        if (v instanceof float[] a && a.length == n) return a;
        float[] a = new float[n];
        if (init != 0) Arrays.fill(a, init);
        values.put(name, a);
        return a;
    }

    /** True if the buffer {@code name} exists (for buffers PyTorch creates lazily, like momentum). */
    boolean has(String name) {
        return values.containsKey(name);
    }

    /** A number kept in the state (ASGD's eta and mu, NAdam's mu product), {@code init} at first. */
    double scalar(String name, double init) {
        Object v = values.get(name);
        return v instanceof Number n ? n.doubleValue() : init;
    }

    void put(String name, Object value) {
        values.put(name, value);
    }

    Object get(String name) {
        return values.get(name);
    }

    /** The named values (buffers as arrays, numbers), in insertion order. Engine code only. */
    Map<String, Object> values() {
        return values;
    }
}

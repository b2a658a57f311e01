package baeum.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Every module that is still reachable, weakly held: the teaching tools ({@code graph(t)}) use it
 * to name a leaf tensor by the parameter name it has in its model ({@code 0.weight}). Holding a
 * module here never keeps it alive.
 */
public final class LiveModules {
    private static final Set<Module> LIVE = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private LiveModules() {}

    static void add(Module m) {
        LIVE.add(m);
    }

    /** The modules alive now (in no particular order). */
    public static List<Module> all() {
        synchronized (LIVE) {
            return new ArrayList<>(LIVE);
        }
    }

    /** The live modules that are no other live module's child: the models. */
    public static List<Module> roots() {
        List<Module> all = all();
        Set<Module> children = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Module m : all) children.addAll(m.children());
        List<Module> out = new ArrayList<>();
        for (Module m : all) if (!children.contains(m)) out.add(m);
        return out;
    }
}

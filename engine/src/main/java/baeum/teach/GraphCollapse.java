package baeum.teach;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Collapses a graph into one box per module that holds parameters (a {@code Linear}, a
 * {@code Conv2d}): the box holds the module's parameters, the ops that use them, and every op on
 * a path between those ops. Ops of modules without parameters (activations, pooling) stay, so
 * the boxes are exactly the modules they are named after.
 */
final class GraphCollapse {
    private GraphCollapse() {}

    static GraphModel collapse(GraphModel g) {
        int n = g.nodes().size();
        List<List<Integer>> ins = new ArrayList<>(), outs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ins.add(new ArrayList<>());
            outs.add(new ArrayList<>());
        }
        for (var e : g.edges()) {
            ins.get(e.to()).add(e.from());
            outs.get(e.from()).add(e.to());
        }
        // which module each box goes into
        String[] group = new String[n];
        var members = new LinkedHashMap<String, BitSet>();
        for (var node : g.nodes()) {
            if (node.kind() != Graph.Kind.PARAM || g.owner(node.id()) == null) continue;
            String c = g.owner(node.id());
            BitSet p = members.computeIfAbsent(c, k -> new BitSet());
            p.set(node.id());
            for (int user : outs.get(node.id())) p.set(user);
        }
        for (var e : members.entrySet()) {
            BitSet seeds = e.getValue();
            BitSet down = reach(seeds, outs), up = reach(seeds, ins);
            down.and(up);
            down.or(seeds);
            for (int i = down.nextSetBit(0); i >= 0; i = down.nextSetBit(i + 1)) {
                if (group[i] == null && g.nodes().get(i).kind() != Graph.Kind.INPUT) group[i] = e.getKey();
            }
        }
        // new ids in the order of the old ones (the output keeps id 0)
        int[] map = new int[n];
        var groupId = new HashMap<String, Integer>();
        var nodes = new ArrayList<Graph.Node>();
        var owner = new ArrayList<String>();
        var detail = new ArrayList<String>();
        for (var node : g.nodes()) {
            String c = group[node.id()];
            if (c == null) {
                map[node.id()] = nodes.size();
                nodes.add(new Graph.Node(nodes.size(), node.kind(), node.name(), node.shape(), node.grad(), node.params()));
                owner.add(g.owner(node.id()));
                detail.add(g.detail(node.id()));
                continue;
            }
            Integer id = groupId.get(c);
            if (id == null) {
                id = nodes.size();
                groupId.put(c, id);
                nodes.add(null);
                owner.add(c);
                detail.add(null);
            }
            map[node.id()] = id;
        }
        for (var e : groupId.entrySet()) {
            String c = e.getKey();
            long params = 0;
            int sink = -1;
            for (int i = 0; i < n; i++) {
                if (!c.equals(group[i])) continue;
                params += g.nodes().get(i).params();
                if (sink < 0 && g.nodes().get(i).kind() == Graph.Kind.OP) {
                    boolean leaves = i == 0;
                    for (int o : outs.get(i)) if (!c.equals(group[o])) leaves = true;
                    if (leaves) sink = i;
                }
            }
            var shape = sink >= 0 ? g.nodes().get(sink).shape() : null;
            nodes.set(e.getValue(), new Graph.Node(e.getValue(), Graph.Kind.MODULE, c.isEmpty() ? g.typeOf(c) : c + ": " + g.typeOf(c), shape, null, params));
            detail.set(e.getValue(), Messages.t("graph.params", String.format(java.util.Locale.ROOT, "%,d", params)));
        }
        var edges = new LinkedHashSet<Graph.Edge>();
        for (var e : g.edges()) {
            int a = map[e.from()], b = map[e.to()];
            if (a != b) edges.add(new Graph.Edge(a, b));
        }
        return new GraphModel(nodes, new ArrayList<>(edges), owner, detail, g.types());
    }

    private static BitSet reach(BitSet from, List<List<Integer>> adj) {
        BitSet seen = new BitSet();
        var queue = new ArrayDeque<Integer>();
        for (int i = from.nextSetBit(0); i >= 0; i = from.nextSetBit(i + 1)) queue.add(i);
        while (!queue.isEmpty()) {
            for (int m : adj.get(queue.poll())) {
                if (!seen.get(m)) {
                    seen.set(m);
                    queue.add(m);
                }
            }
        }
        return seen;
    }
}

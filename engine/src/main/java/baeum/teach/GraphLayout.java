package baeum.teach;

import java.util.ArrayList;
import java.util.List;

/**
 * A layered drawing of a {@link GraphModel}, top (inputs) to bottom (the output), in the spirit of
 * Sugiyama's method: layers by longest path (leaves pulled down next to their first user), a
 * virtual point per layer an arrow crosses, barycentre sweeps to order each layer, then x by
 * least-squares placement under no-overlap constraints (pool-adjacent-violators).
 * Boxes never overlap: in a layer they keep at least {@link #GAP} between them.
 */
final class GraphLayout {
    static final double GAP = 18, LAYER_GAP = 34, PAD_X = 10, LINE = 15, PAD_Y = 7, MARGIN = 12, TOP = 34;

    /** A box: top-left corner and size. */
    record Box(double x, double y, double w, double h) {
        double cx() {
            return x + w / 2;
        }
    }

    /** An arrow as a polyline from the bottom of one box to the top of another. */
    record Route(int from, int to, double[] xs, double[] ys) {}

    final Box[] boxes;
    final List<Route> routes = new ArrayList<>();
    final double width, height;

    private GraphLayout(Box[] boxes, double width, double height) {
        this.boxes = boxes;
        this.width = width;
        this.height = height;
    }

    static GraphLayout of(GraphModel g) {
        int n = g.nodes().size();
        double[] w = new double[n], h = new double[n];
        for (int i = 0; i < n; i++) {
            var lines = GraphLabels.lines(g, i);
            double m = 0;
            for (String s : lines) m = Math.max(m, GraphLabels.width(s));
            w[i] = Math.ceil(m + 2 * PAD_X);
            h[i] = lines.size() * LINE + 2 * PAD_Y;
        }
        int[] rank = ranks(g, n);
        // the points: boxes first, then one virtual point per layer that a long arrow crosses
        List<Integer> layerOf = new ArrayList<>();
        List<Double> widthOf = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            layerOf.add(rank[i]);
            widthOf.add(w[i]);
        }
        List<int[]> chains = new ArrayList<>();     // per edge: the points it goes through, top to bottom
        for (var e : g.edges()) {
            int a = e.from(), b = e.to();
            int[] chain = new int[Math.max(2, rank[b] - rank[a] + 1)];
            chain[0] = a;
            for (int r = rank[a] + 1, k = 1; r < rank[b]; r++, k++) {
                chain[k] = layerOf.size();
                layerOf.add(r);
                widthOf.add(2.0);
            }
            chain[chain.length - 1] = b;
            chains.add(chain);
        }
        int points = layerOf.size(), layers = 0;
        for (int r : layerOf) layers = Math.max(layers, r + 1);
        List<List<Integer>> up = new ArrayList<>(), down = new ArrayList<>();
        for (int p = 0; p < points; p++) {
            up.add(new ArrayList<>());
            down.add(new ArrayList<>());
        }
        for (int[] c : chains) {
            for (int k = 0; k + 1 < c.length; k++) {
                down.get(c[k]).add(c[k + 1]);
                up.get(c[k + 1]).add(c[k]);
            }
        }
        List<List<Integer>> order = new ArrayList<>();
        for (int r = 0; r < layers; r++) order.add(new ArrayList<>());
        for (int p = 0; p < points; p++) order.get(layerOf.get(p)).add(p);   // boxes by id (depth first), then virtual points
        double[] pos = new double[points];
        for (int sweep = 0; sweep < 8; sweep++) {
            for (var layer : order) for (int k = 0; k < layer.size(); k++) pos[layer.get(k)] = k;
            boolean downward = sweep % 2 == 0;
            for (int li = 0; li < layers; li++) {
                var layer = order.get(downward ? li : layers - 1 - li);
                double[] key = new double[points];
                for (int p : layer) {
                    var nb = downward ? up.get(p) : down.get(p);
                    key[p] = nb.isEmpty() ? pos[p] : nb.stream().mapToDouble(q -> pos[q]).average().orElse(pos[p]);
                }
                layer.sort((x, y) -> Double.compare(key[x], key[y]));
                for (int k = 0; k < layer.size(); k++) pos[layer.get(k)] = k;
            }
        }
        // x: centres, each layer packed, then pulled towards its neighbours
        double[] cx = new double[points];
        for (var layer : order) {
            double x = 0;
            for (int p : layer) {
                cx[p] = x + widthOf.get(p) / 2;
                x += widthOf.get(p) + GAP;
            }
        }
        for (int it = 0; it < 12; it++) {
            boolean downward = it % 2 == 0;
            for (int li = 0; li < layers; li++) {
                var layer = order.get(downward ? li : layers - 1 - li);
                double[] want = new double[layer.size()];
                for (int k = 0; k < layer.size(); k++) {
                    int p = layer.get(k);
                    var nb = new ArrayList<Integer>(downward ? up.get(p) : down.get(p));
                    // an op lines up under the op it continues, not under its parameters
                    if (downward && nb.stream().anyMatch(q -> !up.get(q).isEmpty())) nb.removeIf(q -> up.get(q).isEmpty());
                    if (nb.isEmpty()) nb.addAll(downward ? down.get(p) : up.get(p));
                    want[k] = nb.isEmpty() ? cx[p] : nb.stream().mapToDouble(q -> cx[q]).average().orElse(cx[p]);
                }
                double[] weight = new double[layer.size()];
                for (int k = 0; k < layer.size(); k++) {
                    int p = layer.get(k);
                    weight[k] = p >= n ? 4 : up.get(p).isEmpty() ? 1 : 50;   // ops keep their place; leaves make way
                }
                double[] got = place(layer, want, weight, widthOf);
                for (int k = 0; k < layer.size(); k++) cx[layer.get(k)] = got[k];
            }
        }
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE;
        for (int p = 0; p < points; p++) {
            minX = Math.min(minX, cx[p] - widthOf.get(p) / 2);
            maxX = Math.max(maxX, cx[p] + widthOf.get(p) / 2);
        }
        double shift = MARGIN - minX;
        double[] layerTop = new double[layers + 1], layerH = new double[layers];
        for (int i = 0; i < n; i++) layerH[rank[i]] = Math.max(layerH[rank[i]], h[i]);
        layerTop[0] = TOP;
        for (int r = 0; r < layers; r++) layerTop[r + 1] = layerTop[r] + layerH[r] + LAYER_GAP;
        Box[] boxes = new Box[n];
        for (int i = 0; i < n; i++) {
            double top = layerTop[rank[i]] + (layerH[rank[i]] - h[i]) / 2;
            boxes[i] = new Box(cx[i] + shift - w[i] / 2, top, w[i], h[i]);
        }
        var layout = new GraphLayout(boxes, Math.max(maxX - minX + 2 * MARGIN, 300), layerTop[layers] - LAYER_GAP + MARGIN);
        for (int e = 0; e < chains.size(); e++) {
            int[] c = chains.get(e);
            double[] xs = new double[c.length], ys = new double[c.length];
            for (int k = 0; k < c.length; k++) {
                int p = c[k];
                xs[k] = cx[p] + shift;
                int r = layerOf.get(p);
                if (k == 0) ys[k] = boxes[p].y() + boxes[p].h();
                else if (k == c.length - 1) ys[k] = boxes[p].y();
                else ys[k] = layerTop[r] + layerH[r] / 2;
            }
            layout.routes.add(new Route(c[0], c[c.length - 1], xs, ys));
        }
        return layout;
    }

    /** Longest path from the sources; then each source moves down to just above its nearest user. */
    static int[] ranks(GraphModel g, int n) {
        int[] indeg = new int[n], rank = new int[n];
        List<List<Integer>> outs = new ArrayList<>();
        for (int i = 0; i < n; i++) outs.add(new ArrayList<>());
        for (var e : g.edges()) {
            outs.get(e.from()).add(e.to());
            indeg[e.to()]++;
        }
        int[] queue = new int[n];
        int head = 0, tail = 0;
        for (int i = 0; i < n; i++) if (indeg[i] == 0) queue[tail++] = i;
        int[] left = indeg.clone();
        while (head < tail) {
            int v = queue[head++];
            for (int u : outs.get(v)) {
                rank[u] = Math.max(rank[u], rank[v] + 1);
                if (--left[u] == 0) queue[tail++] = u;
            }
        }
        for (int i = 0; i < n; i++) {
            if (indeg[i] != 0 || outs.get(i).isEmpty()) continue;
            int min = Integer.MAX_VALUE;
            for (int u : outs.get(i)) min = Math.min(min, rank[u]);
            rank[i] = min - 1;
        }
        return rank;
    }

    /**
     * Centres as near as possible (weighted least squares) to {@code want}, in the layer's order, with at
     * least {@link #GAP} between neighbours: pool-adjacent-violators on the wanted offsets.
     */
    static double[] place(List<Integer> layer, double[] want, double[] weight, List<Double> widthOf) {
        int m = layer.size();
        double[] off = new double[m];
        for (int k = 1; k < m; k++) {
            off[k] = off[k - 1] + widthOf.get(layer.get(k - 1)) / 2 + GAP + widthOf.get(layer.get(k)) / 2;
        }
        double[] val = new double[m], wt = new double[m];
        int[] size = new int[m];
        int blocks = 0;
        for (int k = 0; k < m; k++) {
            val[blocks] = want[k] - off[k];
            wt[blocks] = weight[k];
            size[blocks] = 1;
            blocks++;
            while (blocks > 1 && val[blocks - 2] > val[blocks - 1]) {
                double tw = wt[blocks - 2] + wt[blocks - 1];
                val[blocks - 2] = (val[blocks - 2] * wt[blocks - 2] + val[blocks - 1] * wt[blocks - 1]) / tw;
                wt[blocks - 2] = tw;
                size[blocks - 2] += size[blocks - 1];
                blocks--;
            }
        }
        double[] out = new double[m];
        int k = 0;
        for (int b = 0; b < blocks; b++) for (int j = 0; j < size[b]; j++, k++) out[k] = off[k] + val[b];
        return out;
    }
}

package baeum.teach;

import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.*;

import baeum.teach.Graph.Edge;
import baeum.teach.Graph.Kind;
import baeum.storage.Shape;
import baeum.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** graph(t): the boxes, arrows, names and shapes of small graphs, and a drawing of LeNet without overlaps. */
class GraphTest {

    @BeforeEach
    void english() {
        language("en");
    }

    @AfterEach
    void reset() {
        language((String) null);
    }

    private static Graph.Node node(int id, Kind kind, String name, Shape shape, Shape grad) {
        return new Graph.Node(id, kind, name, shape, grad, 0);
    }

    @Test
    void matmulAddReluSumBeforeAndAfterBackward() {
        Tensor x = ones(2, 3), w = ones(3, 4).requiresGrad_(), b = zeros(4).requiresGrad_();
        Tensor y = x.matmul(w).add(b).relu().sum();
        // by hand: sum <- relu <- add <- (mm <- (x, w), b); x needs no grad, so it is an input
        List<Edge> edges = List.of(new Edge(1, 0), new Edge(2, 1), new Edge(3, 2), new Edge(4, 3), new Edge(5, 3),
                new Edge(6, 2));
        var before = graph(y);
        assertEquals(List.of(
                node(0, Kind.OP, "SumBackward0", shape(), null),
                node(1, Kind.OP, "ReluBackward0", shape(2, 4), null),
                node(2, Kind.OP, "AddBackward0", shape(2, 4), null),
                node(3, Kind.OP, "MmBackward0", shape(2, 4), null),
                node(4, Kind.INPUT, "input", shape(2, 3), null),
                node(5, Kind.LEAF, "tensor", shape(3, 4), null),
                node(6, Kind.LEAF, "tensor", shape(4), null)), before.nodes());
        assertEquals(edges, before.edges());
        y.backward();
        var after = graph(y);
        assertEquals(shape(3, 4), after.nodes().get(5).grad());
        assertEquals(shape(4), after.nodes().get(6).grad());
        assertEquals(edges, after.edges(), "the graph's structure outlives backward()");
        assertEquals("""
                SumBackward0 → ()
                └─ ReluBackward0 → (2, 4)
                   └─ AddBackward0 → (2, 4)
                      ├─ MmBackward0 → (2, 4)
                      │  ├─ input (no grad) (2, 3)
                      │  └─ tensor (3, 4) [leaf, requires_grad; grad (3, 4)]
                      └─ tensor (4) [leaf, requires_grad; grad (4)]""", after.toString());
    }

    @Test
    void aTensorUsedTwiceIsOneBoxWithTwoArrows() {
        Tensor a = tensor(1f, 2f).requiresGrad_();
        Tensor y = a.mul(a).sum();
        var g = graph(y);
        assertEquals(List.of("SumBackward0", "MulBackward0", "tensor"), g.nodes().stream().map(Graph.Node::name).toList());
        assertEquals(List.of(new Edge(1, 0), new Edge(2, 1), new Edge(2, 1)), g.edges());
        assertTrue(g.toString().contains("(shown above)"), g.toString());
        // a scalar constant (the 2 of mul(2)) is no box
        assertEquals(3, graph(a.mul(2).sum()).nodes().size());
    }

    @Test
    void parametersAreNamedAsInTheirModel() {
        var model = nn.seq(nn.linear(4, 3), nn.relu(), nn.linear(3, 2));
        Tensor loss = model.forward(ones(5, 4)).sum();
        var g = graph(loss);
        var names = g.nodes().stream().map(Graph.Node::name).toList();
        assertEquals(List.of("SumBackward0", "AddmmBackward0", "ReluBackward0", "AddmmBackward0", "input", "0.weight",
                "0.bias", "2.weight", "2.bias"), names);
        var w0 = g.nodes().get(5);
        assertEquals(Kind.PARAM, w0.kind());
        assertEquals(shape(3, 4), w0.shape());
        assertEquals(12, w0.params());
        assertEquals(names, graph(loss, model).nodes().stream().map(Graph.Node::name).toList());
        loss.backward();
        assertTrue(graph(loss).toString().contains("0.weight (3, 4) [parameter; grad (3, 4)]"), graph(loss).toString());
    }

    @Test
    void aDeepModelCollapsesIntoModulesUnlessExpanded() {
        var model = nn.seq();
        for (int i = 0; i < 25; i++) model.add(nn.seq(nn.linear(8, 8), nn.sigmoid()));
        Tensor y = model.forward(ones(2, 8)).sum();
        var full = graph(y).expanded();
        assertEquals(51, full.nodes().stream().filter(n -> n.kind() == Kind.OP).count(), "25 x (addmm, sigmoid) + sum");
        var g = graph(y);
        assertEquals(25, g.nodes().stream().filter(n -> n.kind() == Kind.MODULE).count(), "collapsed by default above 40 ops");
        var first = g.nodes().stream().filter(n -> n.name().equals("0.0: Linear")).findFirst().orElseThrow();
        assertEquals(shape(2, 8), first.shape());
        assertEquals(72, first.params());
        assertEquals(List.of("SumBackward0", "SigmoidBackward0", "24.0: Linear"), g.nodes().subList(0, 3).stream()
                .map(Graph.Node::name).toList());
        assertEquals(1, g.nodes().stream().filter(n -> n.kind() == Kind.INPUT).count());
        assertEquals(51, g.edges().size(), "a chain: input -> 25 x (linear, sigmoid) -> sum");
        assertTrue(g.toString().contains("25 modules collapsed into boxes"), g.toString());
        String svg = g.svg();
        assertNoOverlap(svg);
        // a small graph can be collapsed on request
        var small = nn.seq(nn.linear(4, 3), nn.relu(), nn.linear(3, 2));
        var c = graph(small.forward(ones(1, 4)).sum()).collapsed();
        assertEquals(List.of("SumBackward0", "2: Linear", "ReluBackward0", "0: Linear", "input"),
                c.nodes().stream().map(Graph.Node::name).toList());
    }

    @Test
    void leNetsGraphHasNoOverlappingBoxes() {
        var model = LeNet.create();
        Tensor loss = nn.crossEntropyLoss(model.forward(zeros(2, 1, 28, 28)), tensor(3L, 7L));
        loss.backward();
        var g = graph(loss);
        assertEquals(0, g.nodes().stream().filter(n -> n.kind() == Kind.MODULE).count(), "LeNet is drawn op by op");
        assertEquals(10, g.nodes().stream().filter(n -> n.kind() == Kind.PARAM).count());
        assertTrue(g.nodes().stream().filter(n -> n.kind() == Kind.PARAM).allMatch(n -> n.grad() != null && n.grad().equals(n.shape())));
        String svg = g.svg();
        List<double[]> boxes = assertNoOverlap(svg);
        assertEquals(g.nodes().size(), boxes.size());
        assertTrue(svg.contains(">0.weight</text>") && svg.contains(">(6, 1, 5, 5)</text>"), "names and shapes are drawn");
        assertTrue(svg.contains(">ConvolutionBackward0</text>"), svg);
    }

    /** Parses every {@code <rect class="node">} of the SVG and asserts that no two intersect; returns them. */
    static List<double[]> assertNoOverlap(String svg) {
        var m = Pattern.compile("<rect class=\"node\"[^>]* x=\"([\\d.]+)\" y=\"([\\d.]+)\" width=\"([\\d.]+)\" height=\"([\\d.]+)\"")
                .matcher(svg);
        var boxes = new ArrayList<double[]>();
        while (m.find()) {
            boxes.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))});
        }
        assertFalse(boxes.isEmpty(), "no node boxes in the SVG");
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] p = boxes.get(i), q = boxes.get(j);
                boolean apart = p[0] + p[2] <= q[0] || q[0] + q[2] <= p[0] || p[1] + p[3] <= q[1] || q[1] + q[3] <= p[1];
                assertTrue(apart, "boxes " + i + " and " + j + " overlap: " + java.util.Arrays.toString(p) + " "
                        + java.util.Arrays.toString(q));
            }
        }
        return boxes;
    }
}

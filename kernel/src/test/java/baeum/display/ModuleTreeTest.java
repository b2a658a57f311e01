package baeum.display;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ModuleTreeTest {
    /** Stand-ins with the public methods of baeum.nn.Module and Tensor that the adapter calls. */
    public record Param(long numel, boolean requiresGrad) {}

    public static class Fake {
        final String text;
        final Map<String, Fake> children = new LinkedHashMap<>();
        final List<Param> own = new ArrayList<>();

        Fake(String text) {
            this.text = text;
        }

        public Map<String, Fake> namedChildren() {
            return children;
        }

        public List<Param> parameters() {
            var all = new ArrayList<>(own);
            children.values().forEach(c -> all.addAll(c.parameters()));
            return all;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    static Fake mlp() {
        var seq = new Fake("Sequential(\n  (0): Linear(...)\n  (1): ReLU()\n  (2): Linear(...)\n)");
        var l0 = new Fake("Linear(in_features=784, out_features=256, bias=True)");
        l0.own.add(new Param(784 * 256, true));
        l0.own.add(new Param(256, true));
        var l2 = new Fake("Linear(in_features=256, out_features=10, bias=True)");
        l2.own.add(new Param(2560, false));
        l2.own.add(new Param(10, false));
        seq.children.put("0", l0);
        seq.children.put("1", new Fake("ReLU()"));
        seq.children.put("2", l2);
        return seq;
    }

    @Test
    void treeShowsEachModuleWithItsParameterCount() {
        var view = new ReflectiveModule(mlp());
        assertEquals(203_530, view.parameters());
        assertEquals(200_960, view.trainable());
        MimeBundle b = ModuleTree.bundle(view);
        assertTrue(b.text().endsWith("\nTotal parameters: 203,530 (trainable: 200,960)"), b.text());
        assertTrue(b.text().startsWith("Sequential(\n"));
        String h = b.get("text/html");
        assertTrue(h.startsWith("<div class=\"baeum-module\"><table class=\"baeum-module-table\""), h);
        assertEquals(6, h.split("<tr>", -1).length - 1, "header, 4 modules, total");
        assertTrue(h.contains("padding-left:20px\">0</td><td style=\"text-align:left\">Linear(in_features=784, out_features=256, bias=True)</td><td style=\"text-align:right\">200,960</td>"), h);
        assertTrue(h.contains(">Fake</td>"), "a container shows its type: " + h);
        assertTrue(h.contains("ReLU()</td><td style=\"text-align:right\">0</td>"));
        assertTrue(h.contains("<b>203,530</b>"));
    }

    @Test
    void aModuleRegisteredByNameIsRenderedThroughTheAdapter() {
        Renderers.registerByName(Fake.class.getName(), m -> ModuleTree.bundle(new ReflectiveModule(m)));
        MimeBundle b = Renderers.render(mlp());
        assertTrue(b.has("text/html") && b.get("text/html").contains("baeum-module"));
    }
}

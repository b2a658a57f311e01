package baeum.display;

import baeum.nn.Module;
import org.junit.jupiter.api.Test;

import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.*;

class ModuleTreeTest {

    static Module mlp() {
        return nn.seq(nn.linear(784, 256), nn.relu(), nn.linear(256, 10));
    }

    @Test
    void treeShowsEachModuleWithItsParameterCount() {
        Module model = mlp();
        for (var p : model.namedChildren().get("2").parameters()) p.requiresGrad_(false);  // a frozen head
        MimeBundle b = Renderers.render(model);
        // 784*256 + 256 = 200,960 and 256*10 + 10 = 2,570
        assertEquals(model + "\nTotal parameters: 203,530 (trainable: 200,960)", b.text());
        String h = b.get("text/html");
        assertTrue(h.startsWith("<div class=\"baeum-module\"><table class=\"baeum-module-table\""), h);
        assertEquals(6, h.split("<tr>", -1).length - 1, "header, 4 modules, total");
        assertTrue(h.contains("padding-left:20px\">0</td><td style=\"text-align:left\">"
                + "Linear(in_features=784, out_features=256, bias=True)</td><td style=\"text-align:right\">200,960</td>"), h);
        assertTrue(h.contains(">Sequential</td>"), "a container shows its type: " + h);
        assertTrue(h.contains("ReLU()</td><td style=\"text-align:right\">0</td>"), h);
        assertTrue(h.contains("(trainable 200,960)") && h.contains("<b>203,530</b>"), h);
    }

    /** A model written by a student: its fields are its sub-modules. */
    static final class Net extends Module {
        final Module fc1 = nn.linear(4, 3);
        final Module block = nn.seq(nn.linear(3, 3), nn.tanh());

        @Override
        public baeum.tensor.Tensor forward(baeum.tensor.Tensor x) {
            return block.forward(fc1.forward(x));
        }
    }

    @Test
    void aStudentsModelShowsItsNestedTree() {
        String h = Renderers.render(new Net()).get("text/html");
        assertTrue(h.contains(">Net</td><td style=\"text-align:right\">27</td>"), "4*3+3 + 3*3+3 = 27: " + h);
        assertTrue(h.contains("padding-left:36px\">0</td>"), "block.0 sits two levels down: " + h);
    }

    @Test
    void countsAreGroupedByThousands() {
        assertEquals("1,234,567", ModuleTree.count(1_234_567));
    }
}

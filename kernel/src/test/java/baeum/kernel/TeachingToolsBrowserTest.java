package baeum.kernel;

import static baeum.kernel.BrowserTest.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end in Jupyter: headless Chromium runs {@code notebooks/smoke/teaching-tools.ipynb} from a
 * folder named {@code ko} (so the kernel starts in Korean), and the page must show each teaching
 * tool rendered: explainBroadcast and summary as HTML tables, graph and gradientFlow as inline
 * SVG. The drawn boxes of LeNet's graph must not overlap on the page. A screenshot of each tool's
 * output is saved as {@code kernel/target/browser/tool-*.png}.
 */
class TeachingToolsBrowserTest {
    @Test
    void eachToolRendersInJupyter(@TempDir Path home) throws Exception {
        NotebookExecutionTest.run(home, List.of("bash", NotebookExecutionTest.ROOT.resolve("bin/baeum").toString(),
                "install", "--dir", home.resolve("jupyter/kernels/baeum").toString(),
                "--classpath", System.getProperty("java.class.path"), "--no-aot"), 60);
        Path notebooks = Files.createDirectories(home.resolve("notebooks"));
        Files.createDirectories(notebooks.resolve("ko"));
        Files.copy(NotebookExecutionTest.ROOT.resolve("notebooks/smoke/teaching-tools.ipynb"),
                notebooks.resolve("ko/teaching-tools.ipynb"));
        try (JupyterServer server = new JupyterServer(home, notebooks);
             Browser browser = new Browser(home.resolve("chromium-profile"))) {
            Cdp page = browser.page;
            page.call("Page.enable", null);
            page.call("Page.navigate", KernelClient.JSON.createObjectNode().put("url", server.url("notebooks/ko/teaching-tools.ipynb")));
            waitFor(page, "window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel"
                    + " && Jupyter.notebook.kernel.is_connected() && !Jupyter.notebook.kernel_busy", 90, server);
            page.evaluate("Jupyter.notebook.execute_all_cells(), true");
            waitFor(page, "Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code')"
                    + ".every(c => typeof c.input_prompt_number === 'number')", 180, server);
            Thread.sleep(500); // let the last outputs paint
            String text = page.evaluate("document.querySelector('#notebook-container').innerText").asText();
            assertTrue(text.contains("all cells ran"), text);
            assertEquals(0, page.evaluate("document.querySelectorAll('.output_error').length").asInt(), text);
            assertEquals("\"ko\"", outputText(page, 1), "the kernel started in a folder named ko");

            assertEquals(2, page.evaluate("document.querySelectorAll('.output_html .baeum-broadcast').length").asInt(), text);
            assertTrue(page.evaluate("document.querySelectorAll('.output_html .baeum-broadcast')[1].innerText").asText()
                    .contains("고치는 방법"), "%lang ko switches the tools to Korean");
            assertEquals(1, page.evaluate("document.querySelectorAll('.output_svg svg.baeum-graph').length").asInt(), text);
            assertEquals(10, page.evaluate("document.querySelectorAll('svg.baeum-graph rect.node[data-kind=param]').length").asInt());
            assertTrue(page.evaluate("document.querySelector('.output_html .baeum-summary').innerText").asText().contains("61,706"));
            assertEquals(9, page.evaluate("document.querySelectorAll('.output_svg svg.baeum-gradient-flow rect.bar.grad').length").asInt());
            // the boxes as the browser laid them out: no two intersect
            JsonNode overlaps = page.evaluate("(() => { const r = [...document.querySelectorAll('svg.baeum-graph rect.node')]"
                    + ".map(e => e.getBoundingClientRect()); let n = 0; for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++)"
                    + " { const a = r[i], b = r[j]; if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) n++; }"
                    + " return r.length > 20 ? n : -1; })()");
            assertEquals(0, overlaps.asInt(), "overlapping boxes in LeNet's graph (-1: too few boxes)");

            Path dir = Path.of("target", "browser");
            shoot(page, 3, dir.resolve("tool-explain-broadcast.png"));
            shoot(page, 4, dir.resolve("tool-graph.png"));
            shoot(page, 5, dir.resolve("tool-summary.png"));
            shoot(page, 6, dir.resolve("tool-gradient-flow.png"));
            shoot(page, 8, dir.resolve("tool-explain-broadcast-ko.png"));
            shoot(page, 9, dir.resolve("tool-summary-ko.png"));
        }
    }

    private static String outputText(Cdp page, int cell) throws Exception {
        return page.evaluate("Jupyter.notebook.get_cell(" + cell + ").output_area.element[0].querySelector('.output_subarea').innerText.trim()").asText();
    }

    /** A screenshot of one cell's output area. */
    private static void shoot(Cdp page, int cell, Path file) throws Exception {
        JsonNode box = page.evaluate("(() => { const e = Jupyter.notebook.get_cell(" + cell + ").output_area.element[0];"
                + " e.scrollIntoView(); const r = e.getBoundingClientRect();"
                + " return {x: r.left, y: r.top, width: r.width, height: r.height}; })()");
        Thread.sleep(150);
        var clip = KernelClient.JSON.createObjectNode().put("x", box.path("x").asDouble()).put("y", box.path("y").asDouble())
                .put("width", box.path("width").asDouble()).put("height", Math.max(10, box.path("height").asDouble())).put("scale", 1);
        JsonNode shot = page.call("Page.captureScreenshot", KernelClient.JSON.createObjectNode().put("format", "png")
                .put("captureBeyondViewport", true).set("clip", clip));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
    }
}

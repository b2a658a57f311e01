package baeum.kernel;

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
 * End to end: Jupyter Notebook on localhost with our kernel, headless Chromium opens the browser
 * smoke notebook, runs all cells, and the rendered page must show a tensor table, a chart image and
 * a finished progress bar, and every line of every code cell must be visible in its editor. A
 * screenshot is saved as {@code kernel/target/browser/kernel-browser.png}.
 */
class BrowserTest {
    @Test
    void aNotebookRunsInTheBrowserAndShowsItsOutputs(@TempDir Path home) throws Exception {
        NotebookExecutionTest.run(home, List.of("bash", NotebookExecutionTest.ROOT.resolve("bin/baeum").toString(),
                "install", "--dir", home.resolve("jupyter/kernels/baeum").toString(),
                "--classpath", System.getProperty("java.class.path"), "--no-aot"), 60);
        Path notebooks = Files.createDirectories(home.resolve("notebooks"));
        Files.copy(NotebookExecutionTest.ROOT.resolve("notebooks/smoke/kernel-browser.ipynb"),
                notebooks.resolve("kernel-browser.ipynb"));
        try (JupyterServer server = new JupyterServer(home, notebooks);
             Browser browser = new Browser(home.resolve("chromium-profile"))) {
            Cdp page = browser.page;
            page.call("Page.enable", null);
            page.call("Page.navigate", KernelClient.JSON.createObjectNode().put("url", server.url("notebooks/kernel-browser.ipynb")));
            waitFor(page, "window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel"
                    + " && Jupyter.notebook.kernel.is_connected() && !Jupyter.notebook.kernel_busy", 90, server);
            page.evaluate("Jupyter.notebook.execute_all_cells(), true");
            waitFor(page, "Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code')"
                    + ".every(c => typeof c.input_prompt_number === 'number')", 120, server);
            page.evaluate("Jupyter.notebook.get_cells().forEach(c => c.code_mirror && c.code_mirror.refresh()), true");
            Thread.sleep(300); // let the last outputs paint
            String hidden = page.evaluate(HIDDEN_LINES).asText();
            screenshot(page, Path.of("target", "browser", "kernel-browser.png"));
            assertEquals("", hidden, "every line of every code cell is visible in its editor");
            assertEquals("", page.evaluate(HIDDEN_LINES).asText(), "every line is still visible after the screenshot");
            String text = page.evaluate("document.querySelector('#notebook-container').innerText").asText();
            assertTrue(text.contains("all cells ran"), text);
            assertEquals(0, page.evaluate("document.querySelectorAll('.output_error').length").asInt(), text);
            assertEquals(1, page.evaluate("document.querySelectorAll('.output_html .baeum-tensor-table').length").asInt(),
                    "a tensor table: " + text);
            assertTrue(page.evaluate("[...document.querySelectorAll('.output_png img')].some(i => i.complete"
                    + " && i.naturalWidth > 100 && i.src.startsWith('data:image/png'))").asBoolean(), "a chart image");
            assertEquals(1, page.evaluate("document.querySelectorAll('.baeum-progress[data-state=\"finished\"]').length").asInt(),
                    "a finished progress bar: " + text);
        }
    }

    /**
     * Every code cell whose editor does not show all its lines, one "cell N ..." line each ("" when
     * all do): CodeMirror must have drawn one line element per line of the cell, and the last one
     * must end inside the editor's box (whose overflow is hidden).
     */
    static final String HIDDEN_LINES = "Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code').map((c, i) => {"
            + " const cm = c.code_mirror, w = cm.getWrapperElement(), box = w.getBoundingClientRect();"
            + " const lines = w.querySelectorAll('pre.CodeMirror-line');"
            + " const bottom = lines.length ? lines[lines.length - 1].getBoundingClientRect().bottom : box.top;"
            + " return lines.length === cm.lineCount() && bottom <= box.bottom + 0.5 ? ''"
            + " : 'cell ' + (i + 1) + ': ' + cm.lineCount() + ' lines, ' + lines.length + ' drawn, the last ending at '"
            + " + bottom.toFixed(1) + ' px, the editor at ' + box.bottom.toFixed(1) + ' px';"
            + "}).filter(s => s).join('\\n')";

    /** Polls {@code condition} (a JavaScript expression) in the page until it holds; fails with Jupyter's log after {@code seconds}. */
    static void waitFor(Cdp page, String condition, int seconds, JupyterServer server) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode v;
            try {
                v = page.evaluate("!!(" + condition + ")");
            } catch (AssertionError e) {
                v = null; // the page is still loading
            }
            if (v != null && v.asBoolean()) return;
            Thread.sleep(250);
        }
        throw new AssertionError("timed out after " + seconds + " s waiting for " + condition + "\nJupyter log:\n" + server.log());
    }

    private static void screenshot(Cdp page, Path file) throws Exception {
        JsonNode shot = page.call("Page.captureScreenshot", KernelClient.JSON.createObjectNode().put("format", "png")
                .put("captureBeyondViewport", true));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
    }
}

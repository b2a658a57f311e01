package baeum.display;

import java.util.UUID;

/**
 * Showing values from running code, made for {@code import static baeum.display.Display.*}
 * (every Baeum session has it). A cell's last value is shown anyway; {@code display} shows
 * values from the middle of a cell or a loop, and its handle replaces that output later.
 *
 * <pre>{@code
 * jshell> display(randn(2, 3));
 * jshell> var h = display(md("**epoch 1**: loss 2.30"));
 * jshell> h.update(md("**epoch 2**: loss 1.12"));
 * jshell> latex("\\sigma(x) = \\frac{1}{1 + e^{-x}}")
 * }</pre>
 *
 * <p>A loss curve that grows while the model trains, redrawn in place every 50 steps:
 * <pre>{@code
 * jshell> var losses = new ArrayList<Float>();
 * jshell> var curve = display(linePlot(losses).title("loss"));
 * jshell> for (int step = 0; step < 1000; step++) {
 *    ...>     losses.add(trainStep().item());
 *    ...>     if (step % 50 == 49) curve.update(linePlot(losses).title("loss"));
 *    ...> }
 * }</pre>
 */
public final class Display {
    private Display() {}

    /** Shows {@code value} now, as its renderer draws it; the handle updates that output in place. */
    public static DisplayHandle display(Object value) {
        var handle = new Handle("baeum-" + UUID.randomUUID());
        DisplaySinks.current().display(Renderers.render(value), handle.id());
        return handle;
    }

    /** Markdown that shows formatted: {@code md("# Title\n*emphasis*")}. */
    public static Object md(String markdown) {
        return new Markup(MimeBundle.MARKDOWN, markdown == null ? "" : markdown);
    }

    /** HTML that shows rendered: {@code html("<b>bold</b>")}. */
    public static Object html(String html) {
        return new Markup(MimeBundle.HTML, html == null ? "" : html);
    }

    /**
     * A formula set by LaTeX (MathJax in a notebook): {@code latex("e^{i\\pi} + 1 = 0")}. Without
     * {@code $} delimiters or an environment, the formula is shown as display math ({@code $$...$$}).
     */
    public static Object latex(String latex) {
        String s = latex == null ? "" : latex.strip();
        boolean delimited = s.startsWith("$") || s.startsWith("\\[") || s.startsWith("\\(") || s.startsWith("\\begin");
        return new Markup(MimeBundle.LATEX, delimited ? s : "$$" + s + "$$");
    }

    private record Handle(String id) implements DisplayHandle {
        @Override
        public void update(Object value) {
            DisplaySinks.current().update(Renderers.render(value), id);
        }

        @Override
        public String toString() {
            return "display " + id + " (h.update(value) replaces it)";
        }
    }
}

package baeum.teach;

/**
 * A teaching tool's result: {@code toString()} is the text form (for {@code baeum jshell} and a
 * terminal), {@link #html()} or {@link #svg()} the picture a notebook shows. The kernel's display
 * side registers one renderer for this interface; the engine knows nothing of Jupyter.
 */
public interface Visual {
    /** An HTML fragment for a notebook, or null when the value draws as SVG. */
    default String html() {
        return null;
    }

    /** A standalone SVG document, or null when the value draws as HTML. */
    default String svg() {
        return null;
    }
}

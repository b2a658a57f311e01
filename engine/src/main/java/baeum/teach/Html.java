package baeum.teach;

/** Escaping for the tools' HTML and SVG. */
final class Html {
    private Html() {}

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

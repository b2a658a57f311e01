package baeum.display;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a value looks like, in several formats at once: Jupyter's {@code data} (MIME type to
 * content) and {@code metadata} (MIME type to hints such as an image's width). {@code text/plain}
 * is always there, so every front end can show something.
 *
 * <pre>{@code
 * jshell> MimeBundle.text("hello").with("text/html", "<b>hello</b>")
 * }</pre>
 *
 * @param data     MIME type to content: a String, or for {@code image/png} a base64 String
 * @param metadata MIME type to hints, e.g. {@code {"image/png": {"width": 640, "height": 400}}}
 */
public record MimeBundle(Map<String, Object> data, Map<String, Object> metadata) {
    public static final String TEXT = "text/plain";
    public static final String HTML = "text/html";
    public static final String MARKDOWN = "text/markdown";
    public static final String LATEX = "text/latex";
    public static final String PNG = "image/png";
    public static final String SVG = "image/svg+xml";

    public MimeBundle {
        if (data == null || !(data.get(TEXT) instanceof String)) {
            throw new IllegalArgumentException("MimeBundle: data needs a \"text/plain\" String, got " + data);
        }
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata == null ? Map.of() : metadata));
    }

    /** A bundle with only plain text. */
    public static MimeBundle text(String text) {
        return new MimeBundle(Map.of(TEXT, text == null ? "null" : text), Map.of());
    }

    /** This bundle plus one more format. */
    public MimeBundle with(String mimeType, Object content) {
        var d = new LinkedHashMap<>(data);
        d.put(mimeType, content);
        return new MimeBundle(d, metadata);
    }

    /** This bundle plus metadata for one format. */
    public MimeBundle withMetadata(String mimeType, Object hints) {
        var m = new LinkedHashMap<>(metadata);
        m.put(mimeType, hints);
        return new MimeBundle(data, m);
    }

    /** The plain-text form. */
    public String text() {
        return (String) data.get(TEXT);
    }

    /** The content for one MIME type as a String, or null when absent. */
    public String get(String mimeType) {
        Object v = data.get(mimeType);
        return v == null ? null : v.toString();
    }

    /** True when the bundle has this format. */
    public boolean has(String mimeType) {
        return data.containsKey(mimeType);
    }
}

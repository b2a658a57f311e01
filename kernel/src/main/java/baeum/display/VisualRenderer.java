package baeum.display;

import baeum.teach.Visual;

/**
 * The teaching tools' values ({@code graph}, {@code summary}, {@code explainBroadcast},
 * {@code gradientFlow}): their text form as {@code text/plain}, and their SVG or HTML.
 */
final class VisualRenderer {
    private VisualRenderer() {}

    static MimeBundle render(Visual v) {
        MimeBundle b = MimeBundle.text(v.toString());
        String svg = v.svg();
        if (svg != null) b = b.with(MimeBundle.SVG, svg);
        String html = v.html();
        if (html != null) b = b.with(MimeBundle.HTML, html);
        return b;
    }
}

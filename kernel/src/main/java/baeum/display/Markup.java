package baeum.display;

/**
 * Text that is shown as what it means: Markdown, HTML or LaTeX. Made by {@link Display#md},
 * {@link Display#html} and {@link Display#latex}.
 *
 * @param mimeType {@code text/markdown}, {@code text/html} or {@code text/latex}
 * @param source   the text
 */
public record Markup(String mimeType, String source) {
    /** The bundle: the format itself, and readable plain text for terminals. */
    MimeBundle bundle() {
        String plain = switch (mimeType) {
            case MimeBundle.HTML -> Html.plainText(source);
            default -> source;
        };
        return MimeBundle.text(plain).with(mimeType, source);
    }

    @Override
    public String toString() {
        return source;
    }
}

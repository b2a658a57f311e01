package baeum.kernel.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Javadoc as a notebook shows it: the summary sentence (or the whole text) without HTML and tags.
 * JShell finds the JDK's Javadoc in {@code src.zip}; the DSL's comes from the engine's sources,
 * which the kernel jar carries under {@code baeum-sources/}.
 */
public final class DocSummary {
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|literal|link|linkplain)\\s+([^}]*)}");
    private static final Pattern HTML = Pattern.compile("</?[a-zA-Z][^>]*>");

    /** The Javadoc of a method or class named in a JShell signature, read from the bundled sources. */
    public String javadocOf(String signature) {
        Matcher m = Pattern.compile("([\\w.$]+)\\.(\\w+)\\(").matcher(signature);
        String type, member;
        if (m.find()) {
            type = m.group(1);
            member = m.group(2);
        } else {
            type = signature.strip().replaceAll(".*\\s", "");
            member = null;
        }
        String source = read(type);
        if (source == null) return null;
        String simple = type.substring(type.lastIndexOf('.') + 1);
        Pattern decl = member == null
                ? Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@\\w+\\s*)*[\\w\\s]*\\b(?:class|interface|record|enum)\\s+"
                        + Pattern.quote(simple) + "\\b", Pattern.DOTALL)
                : Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*[\\w\\s<>\\[\\],.?]*\\b"
                        + Pattern.quote(member) + "\\s*\\(", Pattern.DOTALL);
        Matcher d = decl.matcher(source);
        return d.find() ? d.group(1).replaceAll("(?m)^\\s*\\* ?", "").strip() : null;
    }

    private static String read(String qualified) {
        String outer = qualified.replaceAll("\\.[A-Z][\\w$]*\\.[A-Z].*$", "");
        for (String name : new String[] {qualified, outer}) {
            String path = "baeum-sources/" + name.replace('.', '/') + ".java";
            try (InputStream in = DocSummary.class.getClassLoader().getResourceAsStream(path)) {
                if (in != null) return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    /** The Javadoc text without block tags, inline tags or HTML. */
    public static String plain(String javadoc) {
        String text = INLINE_TAG.matcher(javadoc).replaceAll("$1");
        text = HTML.matcher(text).replaceAll("");
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
    }

    /** The first sentence of the Javadoc's main description. */
    public static String summary(String javadoc) {
        String main = javadoc.split("(?m)^\\s*@\\w+", 2)[0];
        String text = plain(main).replaceAll("\\s+", " ");
        Matcher end = Pattern.compile("\\.(\\s|$)").matcher(text);
        return end.find() ? text.substring(0, end.start() + 1) : text;
    }
}

package baeum.kernel.eval;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Javadoc as a notebook shows it: the summary sentence (or the whole text) without HTML and tags.
 * JShell finds the JDK's Javadoc in {@code src.zip}; the DSL's comes from the engine's sources,
 * which the kernel jar carries under {@code baeum-sources/}.
 */
public final class DocSummary {
    private static final String ROOT = "baeum-sources/";
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|literal|link|linkplain)\\s+([^}]*)}");
    private static final Pattern HTML = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern MEMBER = Pattern.compile("([\\w.$]+)\\.(\\w+)\\(");
    private Map<String, String> pathsBySimpleName;

    /**
     * The Javadoc of a method or class named in a JShell signature, read from the bundled sources.
     * For a method, the overload whose parameter types match the signature's; the first one with
     * that name when none does (an overload whose parameters the signature does not spell alike).
     */
    public String javadocOf(String signature) {
        Matcher m = MEMBER.matcher(signature);
        boolean isMember = m.find();
        String type = isMember ? m.group(1) : signature.strip().replaceAll(".*\\s", "");
        String member = isMember ? m.group(2) : null;
        String simple = type.substring(type.lastIndexOf('.') + 1);
        String source = read(simple);
        if (source == null) return null;
        if (member == null) {
            Matcher d = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@\\w+\\s*)*[\\w\\s]*\\b(?:class|interface|record|enum)\\s+"
                    + Pattern.quote(simple) + "\\b", Pattern.DOTALL).matcher(source);
            return d.find() ? clean(d.group(1)) : null;
        }
        int open = m.end() - 1;
        int close = signature.lastIndexOf(')');
        List<String> wanted = close > open ? parameterTypes(signature.substring(open + 1, close)) : null;
        Matcher d = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*[\\w\\s<>\\[\\],.?]*\\b"
                + Pattern.quote(member) + "\\s*\\(([^)]*)\\)", Pattern.DOTALL).matcher(source);
        String first = null;
        while (d.find()) {
            if (first == null) first = d.group(1);
            if (wanted != null && parameterTypes(d.group(2)).equals(wanted)) return clean(d.group(1));
        }
        return first == null ? null : clean(first);
    }

    private static String clean(String javadoc) {
        return javadoc.replaceAll("(?m)^\\s*\\* ?", "").strip();
    }

    /**
     * The parameter types of a parameter list, as simple names without type arguments, with
     * varargs as arrays: {@code "float... values"} and {@code "float[] arg0"} both give {@code [float[]]}.
     */
    static List<String> parameterTypes(String params) {
        String flat = params.replaceAll("@\\w+(\\([^)]*\\))?", " ");
        while (flat.contains("<")) {
            String next = flat.replaceAll("<[^<>]*>", "");
            if (next.equals(flat)) break;
            flat = next;
        }
        List<String> out = new ArrayList<>();
        for (String p : flat.split(",")) {
            String t = p.replace("...", "[] ").replaceAll("\\s*\\[\\s*]", "[]").replaceAll("\\bfinal\\b", "").strip();
            if (t.isEmpty()) continue;
            int space = t.lastIndexOf(' ');
            if (space > 0) t = t.substring(0, space).strip();   // drop the parameter's name
            t = t.replaceAll("\\s+", "");
            out.add(t.substring(t.lastIndexOf('.', t.indexOf('[') >= 0 ? t.indexOf('[') : t.length()) + 1));
        }
        return out;
    }

    private synchronized String read(String simpleName) {
        if (pathsBySimpleName == null) pathsBySimpleName = index();
        String path = pathsBySimpleName.get(simpleName);
        if (path == null) return null;
        try (InputStream in = DocSummary.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** Simple class name to resource path, for every bundled source (in a jar or a folder). */
    private static Map<String, String> index() {
        Map<String, String> out = new HashMap<>();
        URL anchor = DocSummary.class.getClassLoader().getResource(ROOT + "baeum/Baeum.java");
        if (anchor == null) return out;
        try {
            if (anchor.openConnection() instanceof JarURLConnection jar) {
                try (JarFile file = new JarFile(Path.of(jar.getJarFileURL().toURI()).toFile())) {
                    file.stream().map(e -> e.getName()).filter(n -> n.startsWith(ROOT) && n.endsWith(".java"))
                            .forEach(n -> out.put(simpleName(n), n));
                }
            } else {
                Path root = Path.of(anchor.toURI()).getParent().getParent();
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(p -> p.toString().endsWith(".java"))
                            .forEach(p -> out.put(simpleName(p.toString()), ROOT + root.relativize(p).toString().replace('\\', '/')));
                }
            }
        } catch (IOException | URISyntaxException e) {
            return out;
        }
        return out;
    }

    private static String simpleName(String path) {
        return path.substring(path.lastIndexOf('/') + 1, path.length() - ".java".length());
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

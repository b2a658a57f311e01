package baeum.teach;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The language of the teaching tools' labels and of {@code check()}'s report: Korean ({@code "ko"})
 * or English ({@code "en"}). The one in force, first match wins:
 * <ol>
 *   <li>an explicit {@code language("ko")} call (or the kernel's {@code %lang ko} magic);</li>
 *   <li>the environment variable {@code BAEUM_LANG} ({@code ko}, {@code en}, or a locale such as {@code ko_KR});</li>
 *   <li>the working directory: Jupyter and nbconvert start a kernel in the notebook's folder, so a
 *       folder named {@code ko} (the Korean edition, {@code notebooks/ko/}) means Korean, {@code en} English;</li>
 *   <li>English.</li>
 * </ol>
 *
 * <pre>
 * jshell> language("en"); language()
 * $2 ==> "en"
 * </pre>
 */
public final class Lang {
    /** The languages the message table has. */
    public static final String KO = "ko", EN = "en";

    private static volatile String chosen;

    private Lang() {}

    /** The language in force: {@code "ko"} or {@code "en"}. */
    public static String current() {
        String c = chosen;
        if (c != null) return c;
        String env = parse(System.getenv("BAEUM_LANG"));
        if (env != null) return env;
        String dir = fromDirectory(System.getProperty("user.dir"));
        return dir != null ? dir : EN;
    }

    /** True when the labels are Korean. */
    public static boolean korean() {
        return KO.equals(current());
    }

    /**
     * Sets the language for this session ({@code "ko"}, {@code "en"}, or a locale tag such as
     * {@code "ko-KR"}); null goes back to the environment's choice.
     */
    public static void set(String language) {
        if (language == null) {
            chosen = null;
            return;
        }
        String l = parse(language);
        if (l == null) {
            throw new IllegalArgumentException("language: \"" + language + "\" is not a language the course has;"
                    + " use \"ko\" (한국어) or \"en\" (English)");
        }
        chosen = l;
    }

    /** Sets the language from a {@link Locale} (Korean for {@link Locale#KOREAN}/{@link Locale#KOREA}, else English). */
    public static void set(Locale locale) {
        set(locale == null ? null : locale.getLanguage().equals("ko") ? KO : EN);
    }

    /** {@code "ko"} or {@code "en"} for a language code or locale tag ({@code ko_KR.UTF-8}, {@code en-US}); null otherwise. */
    static String parse(String s) {
        if (s == null || s.isBlank()) return null;
        String l = s.strip().toLowerCase(Locale.ROOT);
        if (l.startsWith("ko") || l.equals("korean") || l.equals("한국어")) return KO;
        if (l.startsWith("en") || l.equals("english")) return EN;
        return null;
    }

    /** {@code "ko"} or {@code "en"} when the directory's own name is {@code ko} or {@code en}; null otherwise. */
    static String fromDirectory(String dir) {
        if (dir == null) return null;
        Path name = Path.of(dir).getFileName();
        if (name == null) return null;
        String n = name.toString();
        return n.equals(KO) ? KO : n.equals(EN) ? EN : null;
    }
}

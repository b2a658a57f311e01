package baeum.exercises.repl;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The classes JShell made for a session's snippets, found from one snippet class.
 *
 * <p>JShell (checked on JDK 25) wraps snippet number {@code k} in a class
 * {@code REPL.$JShell$k}, loaded by the session's class loader. A redefinition with the same
 * signature keeps the key and gets a new class, {@code $JShell$kB}, {@code $JShell$kC}, ...
 * ({@code Z}, then {@code BA}: the revision in base 26 with digits {@code A}-{@code Z}), while
 * the older classes stay loadable. So the current definition of a method is in the latest
 * revision of the highest key that defines it. A redefinition that does not compile loads no
 * class and leaves the previous one current, as in JShell.
 */
public final class SnippetClasses {

    private static final String PREFIX = "REPL.$JShell$";
    /** Revisions missing in a row before a key is taken as done (a rejected edit loads nothing). */
    private static final int GAP = 2;

    private final ClassLoader loader;
    private final int lastKey;

    private SnippetClasses(ClassLoader loader, int lastKey) {
        this.loader = loader;
        this.lastKey = lastKey;
    }

    /** From a snippet class (for example the caller of {@code check()}); null if it is not one. */
    public static SnippetClasses from(Class<?> snippetClass) {
        String name = snippetClass.getName();
        if (!name.startsWith(PREFIX)) return null;
        String rest = name.substring(PREFIX.length());
        int digits = 0;
        while (digits < rest.length() && Character.isDigit(rest.charAt(digits))) digits++;
        if (digits == 0) return null;
        return new SnippetClasses(snippetClass.getClassLoader(), Integer.parseInt(rest.substring(0, digits)));
    }

    /** Revision suffix: 0 -> "", 1 -> "B", 25 -> "Z", 26 -> "BA". */
    static String suffix(int revision) {
        if (revision == 0) return "";
        StringBuilder sb = new StringBuilder();
        for (int r = revision; r > 0; r /= 26) sb.append((char) ('A' + r % 26));
        return sb.reverse().toString();
    }

    /** The latest loadable class of key {@code k}, or null. */
    Class<?> latest(int key) {
        Class<?> found = null;
        int misses = 0;
        for (int rev = 0; misses <= GAP; rev++) {
            try {
                found = Class.forName(PREFIX + key + suffix(rev), false, loader);
                misses = 0;
            } catch (ClassNotFoundException | LinkageError e) {
                misses++;
            }
        }
        return found;
    }

    /**
     * The current top-level methods named {@code name}, newest first (several when the student
     * wrote overloads).
     */
    public List<Method> methods(String name) {
        List<Method> out = new ArrayList<>();
        for (int key = lastKey; key >= 1; key--) {
            Class<?> c = latest(key);
            if (c == null) continue;
            Method[] declared;
            try {
                declared = c.getDeclaredMethods();
            } catch (LinkageError e) {
                continue;
            }
            for (Method m : declared) {
                if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()) out.add(m);
            }
        }
        return out;
    }
}

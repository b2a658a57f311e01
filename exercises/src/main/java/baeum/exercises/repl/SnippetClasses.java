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
 *
 * <p>The caller's key is not the newest: {@code var r = check(...)} run twice redefines {@code r}
 * and keeps its old key. So keys are probed upward from the caller's until {@link #KEY_GAP} in a
 * row have no class (imports and rejected snippets have none). The methods are indexed once.
 */
public final class SnippetClasses {

    private static final String PREFIX = "REPL.$JShell$";
    /** Revisions missing in a row before a key is taken as done (a rejected edit loads nothing). */
    private static final int GAP = 2;
    /** Keys without a class in a row after which no newer snippet is assumed. */
    static final int KEY_GAP = 64;

    private final ClassLoader loader;
    private final int callerKey;
    private java.util.Map<String, List<Method>> index;

    private SnippetClasses(ClassLoader loader, int callerKey) {
        this.loader = loader;
        this.callerKey = callerKey;
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

    /** The session's class loader (JShell's, which also holds {@code REPL.$Cancel$}). */
    public ClassLoader loader() {
        return loader;
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
    public synchronized List<Method> methods(String name) {
        if (index == null) index = buildIndex();
        return index.getOrDefault(name, List.of());
    }

    private java.util.Map<String, List<Method>> buildIndex() {
        List<Class<?>> classes = new ArrayList<>();
        for (int key = 1, misses = 0; key <= callerKey || misses < KEY_GAP; key++) {
            Class<?> c = latest(key);
            if (c == null) {
                misses++;
                continue;
            }
            misses = 0;
            classes.add(c);
        }
        java.util.Map<String, List<Method>> out = new java.util.HashMap<>();
        for (Class<?> c : classes.reversed()) {
            Method[] declared;
            try {
                declared = c.getDeclaredMethods();
            } catch (LinkageError e) {
                continue;
            }
            for (Method m : declared) {
                if (Modifier.isStatic(m.getModifiers()) && !m.isSynthetic() && !m.getName().equals("do_it$"))
                    out.computeIfAbsent(m.getName(), k -> new ArrayList<>()).add(m);
            }
        }
        return out;
    }
}

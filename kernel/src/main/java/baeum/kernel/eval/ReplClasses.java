package baeum.kernel.eval;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;

/**
 * Forgets the class files of snippets that no later compile can use. JShell keeps the class file
 * of every snippet it ever compiled in its in-memory file manager, and javac lists them all (as
 * members of package {@code REPL}) in each of the two or three compiles of every new snippet: a
 * session's cells slow down with every cell run before them, and the memory never comes back.
 * A dropped snippet (the kernel drops statements and expressions once they ran) and a replaced
 * one ({@code int x = 1;} run twice) are referenced by no active snippet (JShell recompiles the
 * dependents of a replaced declaration), so after each cell only the classes of active snippets
 * stay in the listing.
 *
 * <p>JShell has no API for this: the file manager is reached by reflection, which needs
 * {@code --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED} (the kernelspec and the tests pass it).
 * Without it nothing is forgotten and the session works as before, only slower as it grows.
 */
final class ReplClasses {
    private final Map<String, ?> classes;
    private final Method classFullName;

    private ReplClasses(Map<String, ?> classes, Method classFullName) {
        this.classes = classes;
        this.classFullName = classFullName;
    }

    /** The purger of {@code shell}'s class files, or null when jdk.jshell is not open to us. */
    static ReplClasses of(JShell shell) {
        try {
            Object factory = field(JShell.class, "taskFactory").get(shell);
            Object manager = field(factory.getClass(), "fileManager").get(factory);
            @SuppressWarnings("unchecked")
            Map<String, ?> classes = (Map<String, ?>) field(manager.getClass(), "classObjects").get(manager);
            Method name = Snippet.class.getDeclaredMethod("classFullName");
            name.setAccessible(true);
            return new ReplClasses(classes, name);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Field field(Class<?> c, String name) throws NoSuchFieldException {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /** How many class files the session keeps. */
    int size() {
        return classes.size();
    }

    /**
     * Forgets every class file that belongs to no active snippet of {@code shell}: a wrapper class
     * ({@code REPL.$JShell$12B}) and the classes nested in it ({@code REPL.$JShell$12B$Point}) stay
     * while a snippet compiled into that wrapper is active. (A replaced snippet may share its
     * wrapper's name with the snippet that replaced it, when both have the same source.)
     */
    void forgetInactive(JShell shell) {
        // walking every snippet JShell ever made costs more as the session grows: only once the
        // listing grew by SLACK class files since the last purge
        if (classes.size() < afterLastPurge + SLACK) return;
        java.util.Set<String> live = new java.util.HashSet<>();
        try {
            for (Snippet s : (Iterable<Snippet>) shell.snippets()::iterator) {
                if (shell.status(s).isActive()) live.add((String) classFullName.invoke(s));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return;
        }
        classes.keySet().removeIf(k -> !live.contains(outer(k)));
        afterLastPurge = classes.size();
    }

    /** Class files javac may list beyond the active snippets' before they are purged. */
    static final int SLACK = 32;
    private int afterLastPurge;

    /** {@code REPL.$JShell$12B} for {@code REPL.$JShell$12B$Point$1}. */
    private static String outer(String className) {
        int start = className.indexOf(PREFIX);
        if (start < 0) return className;
        int end = className.indexOf('$', start + PREFIX.length());
        return end < 0 ? className : className.substring(0, end);
    }

    private static final String PREFIX = "$JShell$";
}

package baeum.exercises.repl;

import baeum.exercises.ExerciseRules;
import baeum.exercises.Student;
import baeum.exercises.tests.GradedTest;
import baeum.exercises.tests.Outcome;
import baeum.exercises.tests.TestRunner;
import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeElement;
import java.lang.classfile.MethodModel;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.constant.ConstantDesc;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What {@code check()} adds around the public tests in the student's session: each test runs
 * with the exercise's time limit (and is stopped after it, as grading stops it), and the methods
 * the tests called are searched for the exercise's forbidden calls.
 *
 * <p>Stopping uses JShell's own means (JDK 25): local execution weaves a check of the public
 * static flag {@code REPL.$Cancel$.allStop} into every loop of snippet code, which then throws.
 * The flag is raised only while the timed-out test's thread winds down, then lowered again.
 * Loops inside library code (the engine) are not woven; they end when they check interruption.
 *
 * <p>The forbidden-call search reads the compiled snippet classes (their bytes are in the
 * session's class loader); the grader searches the cell's parsed source instead
 * ({@link baeum.exercises.format.ForbiddenCalls}). Both find a call by name on a receiver or as a
 * method reference, not the student's own methods.
 */
public final class CheckGuard {

    /**
     * The time limit of a check() test when the public class declares none: the longest an
     * exercise of the course allows (30 s), so that no legitimate solution is stopped; declare
     * the exercise's own with {@link ExerciseRules} to stop sooner, as grading does.
     */
    public static final double DEFAULT_TIMEOUT = 30;

    private CheckGuard() {
    }

    /** The rules each exercise declares on the public classes. */
    public static Map<String, ExerciseRules> rules(List<Class<?>> publicClasses) {
        Map<String, ExerciseRules> out = new LinkedHashMap<>();
        for (Class<?> c : publicClasses) for (ExerciseRules r : c.getAnnotationsByType(ExerciseRules.class)) out.put(r.exercise(), r);
        return out;
    }

    public static double timeout(ExerciseRules r) {
        return r == null || r.timeout() <= 0 ? DEFAULT_TIMEOUT : r.timeout();
    }

    /**
     * Runs {@code t} on {@code student} for at most {@code seconds}; a test still running then is
     * stopped and fails with a message that says so.
     */
    public static Outcome run(GradedTest t, Student student, double seconds, ClassLoader session) {
        AtomicReference<Outcome> result = new AtomicReference<>();
        Thread th = Thread.ofPlatform().daemon().name("check-" + t.exercise()).start(() -> result.set(TestRunner.run(t, student)));
        try {
            th.join((long) (seconds * 1000));
            if (th.isAlive()) {
                boolean stopped = stop(th, session);
                return new Outcome(t, false, "stopped after " + fmt(seconds) + " s: the code did not finish in the exercise's"
                        + " time limit (an endless loop?)" + (stopped ? "" : "; it could not be stopped and still runs:"
                        + " restart the kernel (Kernel > Restart)"), "", (long) (seconds * 1000));
            }
        } catch (InterruptedException e) {
            stop(th, session);
            Thread.currentThread().interrupt();
            return new Outcome(t, false, "interrupted", "", 0);
        }
        return result.get();
    }

    /** Whether {@link #run} stopped the test at its time limit. */
    public static boolean wasStopped(Outcome o) {
        return !o.passed() && o.message().startsWith("stopped after ");
    }

    /** Raises JShell's stop flag and interrupts the thread until it ends (at most 3 s); lowers the flag. */
    private static boolean stop(Thread th, ClassLoader session) {
        java.lang.reflect.Field flag = null;
        try {
            if (session != null) flag = Class.forName("REPL.$Cancel$", true, session).getField("allStop");
        } catch (ReflectiveOperationException | LinkageError e) {
            // not a JShell session with local execution: interruption only
        }
        try {
            if (flag != null) flag.setBoolean(null, true);
            long end = System.nanoTime() + 3_000_000_000L;
            while (th.isAlive() && System.nanoTime() < end) {
                th.interrupt();
                th.join(50);
            }
        } catch (IllegalAccessException e) {
            // cannot happen: a public static field
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                if (flag != null) flag.setBoolean(null, false);
            } catch (IllegalAccessException e) {
                // as above
            }
        }
        return !th.isAlive();
    }

    /** A {@link Student} that records which methods the tests called. */
    public static final class Recording implements Student {
        private final Student inner;
        private final Set<String> called = java.util.Collections.synchronizedSet(new java.util.LinkedHashSet<>());

        public Recording(Student inner) {
            this.inner = inner;
        }

        @Override
        public <T> T call(String method, Class<T> type, Object... args) {
            called.add(method);
            return inner.call(method, type, args);
        }

        public Set<String> called() {
            return Set.copyOf(called);
        }
    }

    /**
     * The first forbidden call in the current definitions of {@code methods} or the session
     * methods they call, as "sigmoid calls Tensor.sigmoid", or null.
     */
    public static String forbiddenUse(SnippetClasses session, Collection<String> methods, Collection<String> forbidden) {
        if (forbidden.isEmpty()) return null;
        Deque<String> todo = new ArrayDeque<>(methods);
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!seen.add(name)) continue;
            for (Method m : session.methods(name)) {
                ClassModel cm = classModel(m.getDeclaringClass());
                if (cm == null) continue;
                for (MethodModel mm : cm.methods()) {
                    // the method and its lambdas' bodies (a snippet class holds one method)
                    String mn = mm.methodName().stringValue();
                    if (mm.code().isEmpty() || mn.equals("do_it$") || mn.startsWith("<")) continue;
                    for (CodeElement e : mm.code().get()) {
                        String owner = null, called = null;
                        if (e instanceof InvokeInstruction i) {
                            owner = i.owner().asInternalName();
                            called = i.name().stringValue();
                        } else if (e instanceof InvokeDynamicInstruction d) {
                            for (ConstantDesc a : d.bootstrapArgs())
                                if (a instanceof DirectMethodHandleDesc h && !h.owner().descriptorString().startsWith("LREPL/")
                                        && forbidden.contains(h.methodName())) {
                                    owner = h.owner().descriptorString().substring(1).replace(";", "");
                                    called = h.methodName();
                                }
                        }
                        if (owner == null) continue;
                        if (owner.startsWith("REPL/")) {
                            if (!called.startsWith("lambda$")) todo.push(called);
                        } else if (forbidden.contains(called)) {
                            return name + " calls " + owner.substring(owner.lastIndexOf('/') + 1) + "." + called
                                    + ", which this exercise does not allow (write it yourself with other operations)";
                        }
                    }
                }
                break;   // the current definition only
            }
        }
        return null;
    }

    private static ClassModel classModel(Class<?> c) {
        try (InputStream in = c.getClassLoader().getResourceAsStream(c.getName().replace('.', '/') + ".class")) {
            return in == null ? null : ClassFile.of().parse(in.readAllBytes());
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}

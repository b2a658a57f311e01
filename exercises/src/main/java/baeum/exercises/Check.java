package baeum.exercises;

import baeum.display.MimeBundle;
import baeum.display.Renderers;
import baeum.exercises.repl.CheckGuard;
import baeum.exercises.repl.ReplStudent;
import baeum.exercises.repl.SnippetClasses;
import baeum.exercises.tests.GradedTest;
import baeum.exercises.tests.Outcome;
import baeum.exercises.tests.TestDiscovery;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code check("ch04_sigmoid")} and {@code checkAll()}: run an exercise's public tests at once on
 * the definitions in the student's session, and say how many hidden tests grading will add.
 * Imported statically in every session (META-INF/baeum/preload.jsh).
 *
 * <pre>
 * jshell> Tensor sigmoid(Tensor x) { return x.neg().exp().add(1).pow(-1); }
 * jshell> check("ch04_sigmoid")
 * ch04_sigmoid: 3/3 public tests passed ✓; 3 hidden tests will run at grading
 * </pre>
 */
public final class Check {

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    static {
        // notebooks show the report as a table (the kernel renders results through Renderers)
        Renderers.register(CheckReport.class, r -> MimeBundle.text(r.toString()).with(MimeBundle.HTML, r.toHtml()));
    }

    private Check() {
    }

    /** Runs the public tests of one exercise on the caller's session. */
    public static CheckReport check(String exercise) {
        return check(exercise, session(WALKER.getCallerClass()));
    }

    /** Runs the public tests of every exercise (or of the exercises whose id starts with {@code prefix}). */
    public static CheckReport checkAll() {
        return run("", session(WALKER.getCallerClass()), false);
    }

    public static CheckReport checkAll(String prefix) {
        return run(prefix, session(WALKER.getCallerClass()), false);
    }

    /** Runs the public tests of one exercise on {@code student}. */
    public static CheckReport check(String exercise, Student student) {
        return run(exercise, student, true);
    }

    private static CheckReport run(String selector, Student student, boolean exact) {
        List<Class<?>> classes = TestDiscovery.publicTestClasses();
        List<GradedTest> tests = TestDiscovery.find(classes, false).stream()
                .filter(t -> exact ? t.exercise().equals(selector) : t.exercise().startsWith(selector)).toList();
        Map<String, Integer> hidden = TestDiscovery.declaredHiddenCounts(classes);
        if (tests.isEmpty()) {
            throw new IllegalArgumentException("no exercise " + (exact ? "'" + selector + "'" : "starting with '" + selector + "'")
                    + " has public tests; known exercises: " + String.join(", ", new LinkedHashSet<>(
                    TestDiscovery.find(classes, false).stream().map(GradedTest::exercise).toList())));
        }
        // notebook order: the order the public class declares its exercises (@HiddenTests)
        List<String> order = new ArrayList<>(hidden.keySet());
        tests = tests.stream().sorted(java.util.Comparator.comparingInt(t -> order.contains(t.exercise())
                ? order.indexOf(t.exercise()) : order.size())).toList();
        var rules = CheckGuard.rules(classes);
        ClassLoader loader = student instanceof ReplStudent r ? r.session().loader() : null;
        List<CheckReport.Line> lines = new ArrayList<>();
        LinkedHashSet<String> exercises = new LinkedHashSet<>();
        Map<String, CheckGuard.Recording> calls = new java.util.HashMap<>();
        java.util.Set<String> stopped = new java.util.HashSet<>();
        for (GradedTest t : tests) {
            var recording = calls.computeIfAbsent(t.exercise(), e -> new CheckGuard.Recording(student));
            Outcome o = stopped.contains(t.exercise())
                    ? new Outcome(t, false, "not run: an earlier test of this exercise was stopped", "", 0)
                    : CheckGuard.run(t, recording, CheckGuard.timeout(rules.get(t.exercise())), loader);
            if (CheckGuard.wasStopped(o)) stopped.add(t.exercise());
            exercises.add(t.exercise());
            lines.add(new CheckReport.Line(t.exercise(), t.name(), o.passed(), o.message()));
        }
        for (String e : exercises) {
            if (!rules.containsKey(e) || !(student instanceof ReplStudent r)) continue;
            String use = CheckGuard.forbiddenUse(r.session(), calls.get(e).called(), List.of(rules.get(e).forbidden()));
            if (use != null) lines.add(new CheckReport.Line(e, "uses no forbidden call", false, use));
        }
        return new CheckReport(new ArrayList<>(exercises), lines, hidden);
    }

    private static Student session(Class<?> caller) {
        SnippetClasses s = SnippetClasses.from(caller);
        if (s == null) {
            throw new IllegalStateException("check() looks for your definitions in a notebook or `baeum jshell` session;"
                    + " from Java code, call Check.check(exercise, student) instead");
        }
        return new ReplStudent(s);
    }
}

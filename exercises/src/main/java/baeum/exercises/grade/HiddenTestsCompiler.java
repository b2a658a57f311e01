package baeum.exercises.grade;

import baeum.exercises.tests.GradedTest;
import baeum.exercises.tests.TestDiscovery;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles an assignment's hidden tests (Java sources on the teacher's side) into a private
 * directory of the grader and loads them in the grader's JVM only: they are never on a worker's
 * class path nor in a released file.
 */
public final class HiddenTestsCompiler {

    private HiddenTestsCompiler() {
    }

    /** The hidden graded tests in {@code sources}; an empty list when the directory does not exist. */
    public static List<GradedTest> load(Path sources, Path privateDir) throws IOException {
        if (!Files.isDirectory(sources)) return List.of();
        List<Path> files;
        try (Stream<Path> all = Files.walk(sources)) {
            files = all.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        if (files.isEmpty()) return List.of();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) throw new IOException("the hidden tests need a JDK (javac) to compile; this is a JRE");
        Path out = Files.createDirectories(privateDir.resolve("hidden-classes"));
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", System.getProperty("java.class.path"),
                "--release", "25", "-proc:none", "-nowarn"));
        files.forEach(f -> args.add(f.toString()));
        var errors = new java.io.ByteArrayOutputStream();
        if (javac.run(null, errors, errors, args.toArray(String[]::new)) != 0) throw new IOException("the hidden tests in " + sources + " do not compile:\n" + errors);
        List<Class<?>> classes = new ArrayList<>();
        URLClassLoader loader = new URLClassLoader(new java.net.URL[] {out.toUri().toURL()}, HiddenTestsCompiler.class.getClassLoader());
        try (Stream<Path> all = Files.walk(out)) {
            for (Path p : all.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = out.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    classes.add(Class.forName(name, false, loader));
                } catch (ClassNotFoundException e) {
                    throw new IOException("hidden test class " + name + " cannot be loaded", e);
                }
            }
        }
        return TestDiscovery.find(classes, true);
    }
}

package baeum.exercises.grade;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import java.util.stream.Stream;

/**
 * The worker's class path, copied once per grading run (class directories packed as jars) into a
 * directory of its own that the worker may read: the engine, kernel and exercises classes and
 * their libraries, and nothing of the grader's (no hidden tests, no test classes, no
 * submissions, not even the grader's own classes).
 */
public final class WorkerLib {

    private final Path dir;
    private final List<Path> entries;

    private WorkerLib(Path dir, List<Path> entries) {
        this.dir = dir;
        this.entries = entries;
    }

    /** Stages {@code classPath} (jars and class directories) into a fresh world-readable directory. */
    public static WorkerLib stage(List<Path> classPath) throws IOException {
        Path dir = Files.createTempDirectory("baeum-worker-lib");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<Path> entries = new ArrayList<>();
        int n = 0;
        for (Path e : classPath) {
            if (!Files.exists(e)) continue;
            Path target = dir.resolve(String.format("%02d-%s", n++, Files.isDirectory(e) ? moduleName(e) + ".jar" : e.getFileName()));
            if (Files.isDirectory(e)) jarTree(e, target, WorkerLib::forWorker);
            else if (hasGraderClasses(e)) filterJar(e, target);
            else Files.copy(e, target, StandardCopyOption.COPY_ATTRIBUTES);
            entries.add(target);
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        return new WorkerLib(dir, entries);
    }

    /**
     * The entries of this JVM's class path that a worker needs: everything but test classes and
     * the build tool's own jars.
     */
    public static List<Path> fromThisJvm() {
        List<Path> out = new ArrayList<>();
        for (String s : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            // the JUnit Platform's jars stay: graded tests run on it (check() in a session, the grader)
            if (s.isBlank() || s.endsWith("test-classes") || s.contains("surefire")) continue;
            out.add(Path.of(s).toAbsolutePath());
        }
        return out;
    }

    public String classPath() {
        return String.join(java.io.File.pathSeparator, entries.stream().map(Path::toString).toList());
    }

    public Path dir() {
        return dir;
    }

    public void delete() {
        Files2.deleteTree(dir);
    }

    /** engine/target/classes -> engine. */
    public static String moduleName(Path classesDir) {
        Path abs = classesDir.toAbsolutePath();
        return abs.getNameCount() >= 3 ? abs.getName(abs.getNameCount() - 3).toString() : "classes";
    }

    /** Whether a class-path entry's file belongs in a worker: not the grader's own code. */
    static boolean forWorker(String entry) {
        return !entry.startsWith("baeum/exercises/grade/") && !entry.startsWith("baeum/exercises/cli/")
                && !entry.startsWith("baeum/exercises/gradescope/");
    }

    private static boolean hasGraderClasses(Path jar) throws IOException {
        try (var z = new java.util.zip.ZipFile(jar.toFile())) {
            return z.stream().anyMatch(e -> !forWorker(e.getName()));
        }
    }

    private static void filterJar(Path from, Path to) throws IOException {
        try (var z = new java.util.zip.ZipFile(from.toFile()); OutputStream os = Files.newOutputStream(to);
             JarOutputStream out = new JarOutputStream(os)) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                if (e.isDirectory() || !forWorker(e.getName())) continue;
                out.putNextEntry(new ZipEntry(e.getName()));
                try (var in = z.getInputStream(e)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    /**
     * Packs a class directory into a jar (the JVM's AOT cache accepts jars only, and Gradescope's
     * bundle ships jars).
     */
    public static void jarTree(Path dir, Path jar) throws IOException {
        jarTree(dir, jar, name -> true);
    }

    private static void jarTree(Path dir, Path jar, java.util.function.Predicate<String> keep) throws IOException {
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os);
             Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isRegularFile).sorted().forEach(p -> {
                String name = dir.relativize(p).toString().replace('\\', '/');
                if (!keep.test(name)) return;
                try {
                    out.putNextEntry(new ZipEntry(name));
                    Files.copy(p, out);
                    out.closeEntry();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

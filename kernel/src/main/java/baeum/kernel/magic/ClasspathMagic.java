package baeum.kernel.magic;

import baeum.kernel.eval.Outcome;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** {@code %classpath lib/*.jar more.jar classes/}: adds jars and folders; without arguments shows the class path. */
final class ClasspathMagic implements Magic {
    @Override
    public Outcome run(MagicCall call) throws IOException {
        String args = call.args().strip();
        if (args.isEmpty()) {
            System.out.println(System.getProperty("java.class.path").replace(java.io.File.pathSeparator, "\n"));
            return Outcome.Done.NOTHING;
        }
        for (String arg : args.split("\\s+")) {
            List<Path> paths = expand(arg);
            if (paths.isEmpty()) {
                return Outcome.Failed.of("MagicError", "%classpath: nothing matches " + arg
                        + " (relative paths start at " + Path.of("").toAbsolutePath() + ")");
            }
            for (Path p : paths) {
                call.env().session().addToClasspath(p.toAbsolutePath().toString());
                System.out.println("Added " + p);
            }
        }
        return Outcome.Done.NOTHING;
    }

    private static List<Path> expand(String arg) throws IOException {
        if (!arg.contains("*") && !arg.contains("?")) {
            Path p = Path.of(arg);
            return Files.exists(p) ? List.of(p) : List.of();
        }
        Path dir = Path.of(arg).getParent() == null ? Path.of(".") : Path.of(arg).getParent();
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + Path.of(arg).getFileName());
        List<Path> out = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> m.matches(p.getFileName())).sorted().forEach(out::add);
            }
        }
        return out;
    }
}

package baeum.exercises.cli;

import baeum.exercises.format.Assignment;
import baeum.exercises.format.Notebooks;
import baeum.exercises.grade.GradingSetup;
import baeum.exercises.grade.Sandbox;
import baeum.exercises.grade.WorkerLib;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds a Gradescope autograder zip: {@code setup.sh}, {@code run_autograder}, the class path
 * as jars in {@code lib/}, and {@code assignment/} (assignment.json, the teacher's notebook, the
 * hidden tests' sources). Gradescope unpacks it into /autograder/source.
 */
public final class AutograderZip {

    private AutograderZip() {
    }

    static void main(Args a) throws IOException {
        if (a.positional.size() != 1) throw new IllegalArgumentException("usage: baeum autograder NAME|DIR [--out FILE.zip]");
        Path dir = Main.assignmentDir(a.positional.getFirst());
        Assignment as = Assignment.load(dir);
        Path out = Path.of(a.get("out", "autograder-" + as.name() + ".zip"));
        build(dir, out);
        System.out.println("wrote " + out + ": upload it as the assignment's autograder on Gradescope");
    }

    /** Checks the assignment (its tests compile and agree with the notebook), then writes the zip. */
    public static void build(Path assignmentDir, Path zip) throws IOException {
        Assignment as;
        try (GradingSetup setup = GradingSetup.open(assignmentDir, Sandbox.NONE, 0)) {
            as = setup.assignment();
        }
        Files.deleteIfExists(zip);
        Files.createDirectories(zip.toAbsolutePath().getParent());
        URI uri = URI.create("jar:" + zip.toAbsolutePath().toUri());
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of("create", "true", "enablePosixFileAttributes", "true"))) {
            script(fs, "setup.sh");
            script(fs, "run_autograder");
            Path lib = Files.createDirectories(fs.getPath("lib"));
            int n = 0;
            for (Path e : WorkerLib.fromThisJvm()) {
                if (!Files.exists(e)) continue;
                Path target = lib.resolve(String.format("%02d-%s", n++, Files.isDirectory(e) ? WorkerLib.moduleName(e) + ".jar"
                        : e.getFileName().toString()));
                if (Files.isDirectory(e)) WorkerLib.jarTree(e, target);
                else Files.copy(e, target);
            }
            Path adir = Files.createDirectories(fs.getPath("assignment"));
            ObjectNode json = Notebooks.JSON.createObjectNode();
            json.put("name", as.name());
            json.put("notebook", "notebook.ipynb");
            json.put("hidden_tests", "hidden");
            json.put("memory_mb", as.memoryMb());
            json.put("submission_timeout", as.submissionTimeout());
            json.put("cell_timeout", as.cellTimeout());
            Files.writeString(adir.resolve("assignment.json"), Notebooks.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
            Files.copy(as.notebook(), adir.resolve("notebook.ipynb"));
            Path hidden = Files.createDirectories(adir.resolve("hidden"));
            if (Files.isDirectory(as.hiddenTests())) {
                try (Stream<Path> all = Files.walk(as.hiddenTests())) {
                    for (Path p : all.filter(Files::isRegularFile).toList()) {
                        Path t = hidden.resolve(as.hiddenTests().relativize(p).toString());
                        Files.createDirectories(t.getParent());
                        Files.copy(p, t);
                    }
                }
            }
        }
    }

    private static void script(FileSystem fs, String name) throws IOException {
        try (InputStream in = AutograderZip.class.getResourceAsStream("/baeum/exercises/gradescope/" + name)) {
            if (in == null) throw new IOException("resource " + name + " is missing from the exercises jar");
            Path p = fs.getPath(name);
            Files.write(p, in.readAllBytes());
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}

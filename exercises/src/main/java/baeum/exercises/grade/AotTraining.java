package baeum.exercises.grade;

import baeum.exercises.format.Markers;
import baeum.exercises.format.Notebooks;
import baeum.exercises.format.Rebuild;
import baeum.exercises.wire.Codec;
import baeum.exercises.wire.Msg;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Makes the JVM's ahead-of-time cache (JDK 25, {@code -XX:AOTCacheOutput}) for the workers of a
 * grading run: one worker, outside the sandbox, runs the cells of the teacher's own notebook that
 * grading runs (trusted code) and writes the cache when it exits; every later worker starts from it
 * with JShell's and javac's classes already loaded and linked. Worth it for a batch (it costs one worker's run), not for
 * one submission.
 */
public final class AotTraining {

    private static final double TIMEOUT = 180;

    private AotTraining() {
    }

    /** The config with the cache, or the config unchanged (and why, on stderr) when it could not be made. */
    public static WorkerConfig train(WorkerConfig config, ObjectNode teacher) {
        Path cache = config.lib().dir().resolve("worker.aot");
        try (WorkerProcess w = new WorkerProcess(config.withSandbox(Sandbox.NONE).withAotCache(null),
                List.of("-XX:AOTCacheOutput=" + cache))) {
            for (ObjectNode c : Notebooks.cells(teacher)) {
                // the cells grading runs: a lecture demo that grading skips would only make this run longer
                if (!Notebooks.isCode(c) || Notebooks.isTest(c) || !Notebooks.isSolution(c) && Rebuild.skipsGrading(c)) continue;
                String src = Markers.removeHidden(Notebooks.source(c));
                w.request(Msg.EVAL, d -> Codec.write(d, src), TIMEOUT);
            }
            w.request(Msg.ANCHOR, d -> { }, TIMEOUT);
            if (!w.quit(TIMEOUT) || !Files.exists(cache)) throw new IOException("the JVM wrote no cache");
            Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rw-r--r--"));
            return config.withAotCache(cache);
        } catch (IOException | WorkerDied e) {
            System.err.println("baeum grade: workers start without an AOT cache (" + e.getMessage() + ")");
            return config;
        }
    }
}

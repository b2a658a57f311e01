package baeum.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The single-user image: built by deploy/image/build.sh (debootstrap, jlink, buildah), its
 * filesystem exported, and the teacher's ch01 run inside it with the image's own Jupyter, JDK and
 * kernel ({@code jupyter nbconvert --execute} through bubblewrap, as uid 1000 without network:
 * this machine cannot run OCI containers). Needs root and many minutes the first time (the
 * debootstrapped base is cached in /var/cache/baeum-image), so it is not in the default run:
 * {@code mvn -pl deploy -DexcludedGroups=none -Dgroups=image -Dtest=ImageTest verify}.
 */
@Tag("image")
class ImageTest {

    static final Path HOME = Path.of(System.getProperty("user.dir")).getParent();
    static final String TAG = "localhost/baeum-singleuser:test";

    @TempDir
    Path dir;

    @Test
    void theImagesKernelRunsCh01() throws Exception {
        assertEquals(0, run(dir.resolve("build.log"), 60, HOME.resolve("deploy/image/build.sh").toString(), "--tag", TAG),
                () -> tail(dir.resolve("build.log")));
        // export: the image's filesystem, copied out of a buildah working container
        Path root = Files.createDirectories(dir.resolve("rootfs"));
        String ctr = output("buildah", "from", TAG);
        try {
            String mnt = output("buildah", "mount", ctr);
            assertEquals(0, run(dir.resolve("export.log"), 10, "sh", "-c",
                    "tar -C '" + mnt + "' --numeric-owner -cf - . | tar -C '" + root + "' --numeric-owner -xf -"));
        } finally {
            run(dir.resolve("rm.log"), 1, "buildah", "rm", ctr);
        }
        assertTrue(Files.isRegularFile(root.resolve("usr/local/share/jupyter/kernels/baeum/kernel.json")));
        assertTrue(Files.isExecutable(root.resolve("opt/jdk/bin/java")));
        assertFalse(Files.exists(root.resolve("opt/jdk/jmods")), "a jlinked runtime, not a whole JDK");
        assertTrue(Files.isRegularFile(root.resolve("srv/baeum/course/ch01_tensors.ipynb")));

        // uid 1000 inside is this process's uid outside: /work is its own, and a fresh home too
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.copy(HOME.resolve("notebooks/en/ch01_tensors.ipynb"), work.resolve("ch01_tensors.ipynb"));
        List<String> bwrap = new ArrayList<>(List.of("bwrap", "--bind", root.toString(), "/", "--proc", "/proc",
                "--dev", "/dev", "--tmpfs", "/tmp", "--tmpfs", "/home/jovyan", "--bind", work.toString(), "/work",
                "--unshare-all", "--unshare-user", "--uid", "1000", "--gid", "1000", "--die-with-parent",
                "--clearenv", "--setenv", "HOME", "/home/jovyan", "--setenv", "PATH", "/opt/jdk/bin:/usr/local/bin:/usr/bin:/bin",
                "--setenv", "JAVA_HOME", "/opt/jdk", "--setenv", "LANG", "C.UTF-8", "--chdir", "/work",
                "jupyter", "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.kernel_name=baeum",
                "--ExecutePreprocessor.timeout=600", "--output", "ran.ipynb", "ch01_tensors.ipynb"));
        assertEquals(0, run(dir.resolve("nbconvert.log"), 15, bwrap.toArray(String[]::new)), () -> tail(dir.resolve("nbconvert.log")));

        JsonNode nb = HubClient.JSON.readTree(work.resolve("ran.ipynb").toFile());
        int code = 0, withOutput = 0;
        StringBuilder checks = new StringBuilder();
        for (JsonNode cell : nb.path("cells")) {
            if (!cell.path("cell_type").asText().equals("code")) continue;
            code++;
            if (cell.path("outputs").size() > 0) withOutput++;
            boolean check = Student.source(cell).contains("check");
            for (JsonNode o : cell.path("outputs")) {
                assertTrue(!o.path("output_type").asText().equals("error"), "a cell failed in the image: " + o);
                if (check) checks.append(Student.text(o.path("text"))).append(Student.text(o.path("data").path("text/plain")));
            }
        }
        assertEquals(28, code);
        assertTrue(withOutput > 20, withOutput + " of " + code + " cells printed something");
        // the checks ran in the image's kernel and passed
        assertTrue(checks.toString().contains("ch01_predict") && !checks.toString().contains("✗"), checks.toString());
    }

    private static String output(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES) && p.exitValue() == 0, String.join(" ", cmd) + " failed");
        return out.lines().reduce((a, b) -> b).orElse("");
    }

    private static int run(Path log, int minutes, String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (Exception e) {
            return "(no log)";
        }
    }
}

package baeum.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every {@code bin/baeum} command answers {@code --help}, and {@code baeum help <command>} shows the same. */
class LauncherHelpTest {
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    record Run(int status, String output) {}

    static Run baeum(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", ROOT.resolve("bin/baeum").toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Run(p.exitValue(), out);
    }

    @Test
    void everyCommandAnswersHelpAndHelpCommandShowsIt() throws Exception {
        List<String> commands;
        try (Stream<Path> files = Files.list(ROOT.resolve("bin/lib"))) {
            commands = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("cmd-") && n.endsWith(".sh"))
                    .map(n -> n.substring(4, n.length() - 3)).sorted().toList();
        }
        assertTrue(commands.contains("install"), commands.toString());
        for (String c : commands) {
            Run help = baeum(c, "--help");
            assertEquals(0, help.status(), c + ": " + help.output());
            assertTrue(help.output().startsWith("baeum " + c + ": "), help.output());
            String usage = help.output().toLowerCase().replaceAll("usage:\\s+", "usage: ");
            assertTrue(usage.contains("usage: baeum " + c), help.output());
            assertEquals(help, baeum("help", c), "baeum help " + c);
            assertEquals(help, baeum(c, "-h"), "baeum " + c + " -h");
        }
        assertTrue(baeum("install", "--help").output().contains("--max-heap"));
    }

    @Test
    void unknownOptionsAndCommandsPointAtTheHelp() throws Exception {
        Run bad = baeum("install", "--no-such-option");
        assertEquals(2, bad.status(), bad.output());
        assertTrue(bad.output().contains("--help"), bad.output());
        Run unknown = baeum("help", "no-such-command");
        assertEquals(2, unknown.status());
        assertTrue(unknown.output().contains("unknown command"), unknown.output());
        Run top = baeum("--help");
        assertEquals(0, top.status());
        assertTrue(top.output().contains("baeum help <command>"), top.output());
    }
}

package baeum.kernel.magic;

import baeum.kernel.eval.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code %load FILE}: runs a .jsh or .java file's code as if it were typed into the cell. */
final class LoadMagic implements Magic {
    @Override
    public Outcome run(MagicCall call) throws Exception {
        String name = call.args().strip();
        if (name.isEmpty()) return Outcome.Failed.of("MagicError", "%load needs a file, e.g. %load helpers.jsh");
        Path file = Path.of(name);
        if (!Files.isRegularFile(file)) {
            return Outcome.Failed.of("MagicError", "%load: no file " + file.toAbsolutePath());
        }
        return call.env().run(Files.readString(file));
    }
}

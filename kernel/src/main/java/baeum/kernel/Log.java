package baeum.kernel;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * The kernel's own log: the process's standard error file descriptor (Jupyter shows it in the
 * server's console), whatever cells do with {@code System.err}.
 */
public final class Log {
    private static final PrintStream ERR =
            new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);

    private Log() {}

    public static void warn(String message) {
        ERR.println("[baeum " + LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + "] " + message);
    }

    public static void warn(String message, Throwable t) {
        warn(message + ": " + t);
    }
}

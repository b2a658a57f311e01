package baeum.kernel.log;

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

    private static final boolean TRACE = System.getenv("BAEUM_KERNEL_TRACE") != null;

    /** With {@code BAEUM_KERNEL_TRACE} set: a start-up step and the JVM's uptime. */
    public static void trace(String step) {
        if (TRACE) warn(java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms: " + step);
    }

    public static void warn(String message, Throwable t) {
        warn(message + ": " + t);
    }
}

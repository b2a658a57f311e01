package baeum.kernel;

import baeum.kernel.protocol.ConnectionInfo;
import java.nio.file.Path;

/** {@code java baeum.kernel.Main CONNECTION_FILE}: what the kernelspec runs. */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java baeum.kernel.Main CONNECTION_FILE (Jupyter passes {connection_file})");
            System.exit(2);
        }
        Kernel kernel = new Kernel(ConnectionInfo.read(Path.of(args[0])));
        kernel.start();
        kernel.awaitShutdown();
        Thread.sleep(Long.MAX_VALUE); // the serving thread ends the process after the reply is out
    }
}

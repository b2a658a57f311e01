package baeum.kernel;

import baeum.kernel.log.Log;
import baeum.kernel.protocol.ConnectionInfo;
import java.nio.file.Path;

/** {@code java baeum.kernel.Main CONNECTION_FILE}: what the kernelspec runs. */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java baeum.kernel.Main CONNECTION_FILE (Jupyter passes {connection_file})");
            baeum.kernel.guard.ExitGate.permit();
            System.exit(2);
        }
        Log.trace("main");
        var session = SessionStart.begin();   // javac's first compile overlaps what follows
        var info = ConnectionInfo.read(Path.of(args[0]));
        Kernel kernel = new Kernel(info, session);
        Log.trace("kernel built");
        kernel.start();
        Log.trace("kernel started");
        kernel.awaitShutdown();
        Thread.sleep(Long.MAX_VALUE); // the serving thread ends the process after the reply is out
    }
}

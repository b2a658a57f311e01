package baeum.kernel;

import baeum.kernel.log.Log;
import baeum.kernel.eval.JavaSession;
import baeum.kernel.eval.Preload;
import java.util.concurrent.CompletableFuture;

/**
 * Starts the JShell session and runs the preload on a thread of its own, first thing in the
 * process: javac's first compile is most of a kernel's start-up, so it runs while the main thread
 * reads the connection file, binds the sockets and builds the kernel.
 */
final class SessionStart {
    /** The session and what its preload reported ("" when all went well). */
    record Started(JavaSession session, String problems) {}

    private SessionStart() {}

    static CompletableFuture<Started> begin() {
        CompletableFuture<Started> started = new CompletableFuture<>();
        Thread.ofPlatform().name("baeum-session-start").start(() -> {
            try {
                Log.trace("session thread");
                JavaSession session = new JavaSession();
                Log.trace("session built");
                String problems = Preload.run(session);
                Log.trace("preload done");
                started.complete(new Started(session, problems));
            } catch (Throwable t) {
                started.completeExceptionally(t);
            }
        });
        return started;
    }
}

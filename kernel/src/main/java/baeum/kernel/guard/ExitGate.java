package baeum.kernel.guard;

import java.util.function.BiFunction;

/**
 * The check that {@link ExitAgent} puts at the start of {@code Runtime.exit} and {@code Runtime.halt}
 * (and so of {@code System.exit}, however it is reached: a call, reflection, a method handle, a
 * thread, library code). Only a thread the kernel {@linkplain #permit() permitted} gets through;
 * every other call throws. The agent loads this class with the bootstrap class loader, where
 * {@code java.lang.Runtime} can see it, so it uses nothing but {@code java.base}.
 *
 * <p>This guards against accidents, not against an adversary: code in the kernel's JVM could call
 * {@link #permit()} itself.
 */
public final class ExitGate {
    private static volatile Thread permitted;
    private static volatile BiFunction<String, Integer, RuntimeException> blocked;

    private ExitGate() {}

    /** Lets the calling thread end the process (the kernel's own shutdown). */
    public static void permit() {
        permitted = Thread.currentThread();
    }

    /** What a blocked call throws (the kernel's error with a message on how to restart). */
    public static void onBlocked(BiFunction<String, Integer, RuntimeException> error) {
        blocked = error;
    }

    /** Called first thing in {@code Runtime.exit} ({@code what} "Runtime.exit") and {@code Runtime.halt}. */
    public static void check(String what, int status) {
        if (permitted == Thread.currentThread()) return;
        if (what.equals("Runtime.exit") && calledFromSystemExit()) what = "System.exit";
        BiFunction<String, Integer, RuntimeException> error = blocked;
        throw error != null ? error.apply(what, status)
                : new SecurityException(what + "(" + status + ") was stopped: it would end the kernel");
    }

    private static boolean calledFromSystemExit() {
        return StackWalker.getInstance().walk(frames -> frames
                .dropWhile(f -> !(f.getClassName().equals("java.lang.Runtime") && f.getMethodName().equals("exit")))
                .skip(1).findFirst()
                .map(f -> f.getClassName().equals("java.lang.System") && f.getMethodName().equals("exit"))
                .orElse(false));
    }
}

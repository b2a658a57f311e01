package baeum.kernel;

/**
 * Connects the display side to the kernel: how results render ({@link Executor#renderer}) and where
 * {@code display(...)} output goes ({@link Outputs}). Plain text until the display module is wired.
 */
final class Display {
    private Display() {}

    static void install(Outputs outputs, Executor executor) {
        executor.renderer(ValueRenderer.plain());
    }
}

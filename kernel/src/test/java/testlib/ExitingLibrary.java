package testlib;

/** Library code (not compiled by JShell, so not rewritten) that ends the JVM. */
public final class ExitingLibrary {
    private ExitingLibrary() {}

    public static void quit(int status) {
        System.exit(status);
    }

    public static void halt() {
        Runtime.getRuntime().halt(1);
    }
}

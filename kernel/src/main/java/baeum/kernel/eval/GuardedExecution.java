package baeum.kernel.eval;

import java.util.Map;
import java.util.stream.Stream;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's local execution (snippets run in the kernel's JVM: ~10 ms a cell instead of ~190 ms over
 * JDI), with every snippet class passed through {@link SnippetRewriter} before it loads (the
 * grading worker, whose process is its own exit guard, keeps exits as they are). JDK 25's
 * {@link LocalExecutionControl} then adds its own stop checks, so {@code JShell.stop()} ends busy
 * loops in user code, and interrupts the snippet's thread (ending a {@code Thread.sleep}).
 */
final class GuardedExecution implements ExecutionControlProvider {
    private final boolean guardExits;
    private volatile Control control;

    /** {@code guardExits}: whether exits in snippet code throw instead (see {@link SnippetRewriter}). */
    GuardedExecution(boolean guardExits) {
        this.guardExits = guardExits;
    }

    @Override
    public String name() {
        return "baeum-local";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        control = new Control(guardExits);
        return control;
    }

    /** The running execution control (null before JShell made it). */
    Control control() {
        return control;
    }

    static final class Control extends LocalExecutionControl {
        private final boolean guardExits;

        Control(boolean guardExits) {
            this.guardExits = guardExits;
        }

        /**
         * Sets JShell's stop flag, which the checks that local execution weaves into snippet code
         * read at every loop back-edge: while set, any thread inside cell code throws ThreadDeath.
         * JShell clears it itself when the next snippet starts.
         */
        void allStop(boolean on) {
            try {
                findClass("REPL.$Cancel$").getField("allStop").setBoolean(null, on);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // no snippet ran yet: nothing to stop
            }
        }

        @Override
        public void load(ClassBytecodes[] cbcs) throws ClassInstallException, NotImplementedException,
                EngineTerminationException {
            super.load(Stream.of(cbcs)
                    .map(c -> new ClassBytecodes(c.name(), SnippetRewriter.rewrite(c.bytecodes(), guardExits)))
                    .toArray(ClassBytecodes[]::new));
        }
    }
}

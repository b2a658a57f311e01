package baeum.kernel.eval;

import java.lang.reflect.Method;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Holds back JShell's background index of class names (completion's list of classes that are not
 * imported) while a session starts and while cells run back to back. The first index walks the
 * whole JDK image and every jar of the class path, ~0.4 s of CPU that a 2-core machine otherwise
 * spends while the first cells wait. The index is built once the session has been idle for
 * {@link #IDLE_MS} ms, or at once when completion or inspection needs it.
 *
 * <p>JShell pauses the index itself while it compiles ({@code suspendIndexing} and
 * {@code resumeIndexing}, counted); this adds one pause of its own. The methods are not public
 * API: they are reached by reflection, which needs {@code --add-opens jdk.jshell/jdk.jshell}
 * (the kernelspec passes it). Without it nothing is held back.
 */
final class IndexingPause {
    static final long IDLE_MS = 1000;

    private final SourceCodeAnalysis analysis;
    private final Method resume;
    private boolean paused;

    private IndexingPause(SourceCodeAnalysis analysis, Method resume) {
        this.analysis = analysis;
        this.resume = resume;
        this.paused = true;
    }

    /** Pauses the index of {@code analysis}; null when JShell's methods cannot be reached. */
    static IndexingPause begin(SourceCodeAnalysis analysis) {
        try {
            Method suspend = analysis.getClass().getDeclaredMethod("suspendIndexing");
            Method resume = analysis.getClass().getDeclaredMethod("resumeIndexing");
            suspend.setAccessible(true);
            resume.setAccessible(true);
            suspend.invoke(analysis);
            return new IndexingPause(analysis, resume);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Lets the index be built (once; later calls do nothing). */
    synchronized void end() {
        if (!paused) return;
        paused = false;
        try {
            resume.invoke(analysis);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // cannot happen after begin() reached the method; the index then stays paused
        }
    }

    synchronized boolean paused() {
        return paused;
    }
}

package baeum.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** JShell's class index waits while cells run back to back, and is there when completion needs it. */
class IndexingPauseTest {

    @Test
    void theIndexWaitsForIdleOrForCompletion() throws Exception {
        try (JavaSession session = new JavaSession()) {
            assertTrue(session.indexPaused(), "jdk.jshell is not opened to the kernel (surefire's argLine)");
            for (int i = 0; i < 5; i++) assertInstanceOf(Outcome.Done.class, session.eval("int v = " + i + ";", "t"));
            assertTrue(session.indexPaused(), "cells back to back keep the index waiting");
            // completing a package name reads the index: asking for it lets the index be built
            String code = "java.util.concu";
            var found = session.analysis().completionSuggestions(code, code.length(), new int[1]);
            assertFalse(session.indexPaused());
            long end = System.nanoTime() + 20_000_000_000L;
            while (found.stream().noneMatch(s -> s.continuation().startsWith("concurrent")) && System.nanoTime() < end) {
                Thread.sleep(100);
                found = session.analysis().completionSuggestions(code, code.length(), new int[1]);
            }
            assertTrue(found.stream().anyMatch(s -> s.continuation().startsWith("concurrent")), found.stream().map(s -> s.continuation()).toList().toString());
        }
        try (JavaSession idle = new JavaSession()) {
            assertTrue(idle.indexPaused());
            long end = System.nanoTime() + 10_000_000_000L;
            while (idle.indexPaused() && System.nanoTime() < end) Thread.sleep(50);
            assertFalse(idle.indexPaused(), "an idle session builds its index");
        }
    }
}

package baeum.exercises.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.exercises.wire.Codec;
import baeum.exercises.wire.Msg;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Workers started ahead for a batch are fresh ones, not reused: what one submission's code does
 * to its JVM is not there in the next worker, and closing the pool leaves no worker running.
 */
class WorkerPoolTest {

    static GradingSetup setup;

    @BeforeAll
    static void open() throws Exception {
        setup = GradingSetup.open(Submissions.ASSIGNMENT, null, 0);
    }

    @AfterAll
    static void close() {
        if (setup != null) setup.close();
    }

    private static Set<Long> descendants() {
        return ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    private static WorkerProcess.Reply eval(WorkerProcess w, String code) throws WorkerDied {
        return w.request(Msg.EVAL, d -> Codec.write(d, code), 60);
    }

    @Test
    void eachWorkerIsFreshAndNoneOutlivesThePool() throws Exception {
        Set<Long> before = descendants();
        WorkerPool pool = new WorkerPool(setup.config(), 1, 3);
        try {
            WorkerProcess first = pool.take();
            assertEquals(Msg.OK, eval(first, "System.setProperty(\"left.behind\", \"yes\"); baeum.tensor.Rng.manualSeed(7);").status());
            first.close();
            WorkerProcess second = pool.take();
            var r = eval(second, "if (System.getProperty(\"left.behind\") != null) throw new IllegalStateException(\"reused\");");
            assertEquals(Msg.OK, r.status(), "the next worker is another JVM: " + r.payload());
            second.close();
            // beyond the budget a worker is still there, started on demand
            WorkerProcess third = pool.take(), fourth = pool.take();
            assertTrue(third.alive() && fourth.alive());
            third.close();
            fourth.close();
        } finally {
            pool.close();
        }
        assertTrue(descendants().stream().allMatch(before::contains), "a worker started ahead outlived the pool");
        assertThrows(IOException.class, pool::take, "a closed pool starts nothing");
    }
}

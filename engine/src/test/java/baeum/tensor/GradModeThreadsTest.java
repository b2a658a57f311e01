package baeum.tensor;

import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A grad-mode scope belongs to its thread; setGradEnabled is for every thread without one. */
class GradModeThreadsTest {
    @Test
    void aScopeInAnotherThreadDoesNotStopThisThreadRecording() throws Exception {
        CountDownLatch opened = new CountDownLatch(1), done = new CountDownLatch(1);
        Thread other = new Thread(() -> {
            try (var g = noGrad()) {
                opened.countDown();
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        other.start();
        opened.await();
        try {
            assertTrue(GradMode.isEnabled());
            Tensor x = ones(3).requiresGrad_();
            Tensor y = x.mul(2).sum();
            assertTrue(y.requiresGrad(), "recorded while another thread is inside noGrad()");
            y.backward();
            assertEquals(List.of(2.0, 2.0, 2.0), List.of(x.grad().toDoubleArray()[0], x.grad().toDoubleArray()[1], x.grad().toDoubleArray()[2]));
        } finally {
            done.countDown();
            other.join();
        }
    }

    @Test
    void scopesNestAndRestore() {
        assertTrue(GradMode.isEnabled());
        try (var off = GradMode.disable()) {
            assertFalse(GradMode.isEnabled());
            try (var on = GradMode.enable()) {
                assertTrue(GradMode.isEnabled());
            }
            assertFalse(GradMode.isEnabled());
            assertNull(ones(1).requiresGrad_().mul(2).gradFn());
        }
        assertTrue(GradMode.isEnabled());
    }

    @Test
    void setGradEnabledReachesThreadsWithoutAScope() throws Exception {
        setGradEnabled(false);
        try {
            AtomicReference<Boolean> seen = new AtomicReference<>();
            Thread t = new Thread(() -> seen.set(GradMode.isEnabled()));
            t.start();
            t.join();
            assertFalse(seen.get(), "another thread (a notebook's next cell) sees setGradEnabled(false)");
        } finally {
            setGradEnabled(true);
        }
        assertTrue(GradMode.isEnabled());
    }

    @Test
    void twoThreadsTrainSideBySideAndEachGetsItsOwnGradients() throws Exception {
        // two grader threads used to race: one's backward (which turns recording off inside)
        // made the other's forward record nothing
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable train = () -> {
            try {
                for (int i = 0; i < 3000; i++) {
                    Tensor p = tensor(-4f, 1.5f).requiresGrad_();
                    var opt = optim.sgd(List.of(p), 0.1).momentum(0.9);
                    Tensor loss = p.get(0).pow(2).mul(0.05).add(p.get(1).pow(2).mul(2));
                    opt.zeroGrad();
                    loss.backward();
                    double[] g = p.grad().toDoubleArray();
                    if (Math.abs(g[0] + 0.4) > 1e-6 || Math.abs(g[1] - 6) > 1e-6) {
                        throw new AssertionError("gradient " + g[0] + ", " + g[1] + " in round " + i);
                    }
                    opt.step();
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        };
        Thread a = new Thread(train), b = new Thread(train);
        a.start();
        b.start();
        a.join();
        b.join();
        if (failure.get() != null) throw new AssertionError("a training thread failed", failure.get());
    }
}

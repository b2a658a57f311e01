package baeum.progress;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

class ProgressBarTest {
    static final long MS = 1_000_000L;

    /** Records every state; wants at most one update per 100 ms. */
    static final class Recording implements ProgressSink {
        final List<ProgressState> states = new ArrayList<>();

        @Override
        public void update(ProgressState state) {
            states.add(state);
        }
    }

    /** Iterates 0..n-1 and advances the fake clock by {@code stepMs} per item. */
    static List<ProgressState> run(int n, long total, long stepMs) {
        var clock = new AtomicLong(1_000 * MS);
        var sink = new Recording();
        Iterable<Integer> items = () -> java.util.stream.IntStream.range(0, n).iterator();
        var bar = new ProgressBar<>(items, total, "train", sink, clock::get);
        int seen = 0;
        for (int i : bar) {
            assertEquals(seen++, i);
            clock.addAndGet(stepMs * MS);
            bar.set("loss", 1.0 / (i + 1));
        }
        assertTrue(bar.finished());
        return sink.states;
    }

    @Test
    void updatesAreThrottledButTheFirstAndFinalStatesAlwaysShow() {
        // 100 items of 10 ms: 1 s in all; a 100 ms interval allows ~10 updates plus start and end
        List<ProgressState> states = run(100, 100, 10);
        assertTrue(states.size() >= 10 && states.size() <= 13, "got " + states.size() + " updates");
        ProgressState first = states.get(0), last = states.get(states.size() - 1);
        assertEquals(0, first.count());
        assertFalse(first.finished());
        assertTrue(last.finished());
        assertEquals(100, last.count());
        assertEquals(1.0, last.elapsedSeconds(), 1e-9);
        assertEquals(100.0, last.rate(), 1e-9);
        assertEquals(0.01, last.metrics().get("loss"), 1e-12);
        assertEquals(1, states.stream().filter(ProgressState::finished).count(), "exactly one final state");
        for (int i = 1; i < states.size() - 1; i++) {
            long gap = states.get(i).elapsedNanos() - states.get(i - 1).elapsedNanos();
            assertTrue(gap >= 100 * MS, "updates " + (i - 1) + " and " + i + " are only " + gap / MS + " ms apart");
        }
        assertEquals(1, states.stream().map(ProgressState::id).distinct().count(), "one bar, one id");
    }

    @Test
    void slowLoopsShowEveryItem() {
        List<ProgressState> states = run(5, 5, 500);
        assertEquals(7, states.size(), "start, 5 items, final");
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 5L), states.stream().map(ProgressState::count).toList());
        ProgressState mid = states.get(2);  // 2 done after 1 s: 2 it/s, 3 left -> 1.5 s
        assertEquals(2.0, mid.rate(), 1e-9);
        assertEquals(1.5, mid.remainingSeconds(), 1e-9);
        assertEquals(0.4, mid.fraction(), 1e-12);
    }

    @Test
    void remainingTimeFollowsTheRecentRateNotASlowStart() {
        var clock = new AtomicLong();
        var sink = new Recording();
        Iterable<Integer> items = () -> java.util.stream.IntStream.range(0, 200).iterator();
        var bar = new ProgressBar<>(items, 200, "", sink, clock::get);
        for (int i : bar) clock.addAndGet(i == 0 ? 2_000 * MS : 10 * MS);  // a 2 s first batch, then 100 it/s
        ProgressState mid = sink.states.stream().filter(s -> s.count() >= 100).findFirst().orElseThrow();
        assertEquals(100.0, mid.rate(), 5.0, "recent rate, while the average is only ~33 it/s");
        assertTrue(mid.averageRate() < 40, "average " + mid.averageRate());
        assertEquals((200 - mid.count()) / 100.0, mid.remainingSeconds(), 0.1);
        ProgressState last = sink.states.get(sink.states.size() - 1);
        assertEquals(200 / 3.99, last.rate(), 0.01, "a finished bar reports its average rate");
    }

    @Test
    void unknownTotalCountsWithoutPercentage() {
        List<ProgressState> states = run(3, -1, 200);
        ProgressState last = states.get(states.size() - 1);
        assertFalse(last.hasTotal());
        assertTrue(Double.isNaN(last.fraction()));
        assertTrue(Double.isNaN(last.remainingSeconds()));
        assertEquals("train: 3 [00:01, 5.0 it/s, loss=0.3333]", ProgressFormat.line(last, 10));
    }

    @Test
    void closeEndsABarLeftEarlyAndIsIdempotent() {
        var clock = new AtomicLong();
        var sink = new Recording();
        var bar = new ProgressBar<>(List.of("a", "b", "c"), 3, "", sink, clock::get);
        try (bar) {
            for (String s : bar) {
                clock.addAndGet(300 * MS);
                if (s.equals("b")) break;
            }
        }
        bar.close();
        ProgressState last = sink.states.get(sink.states.size() - 1);
        assertTrue(last.finished());
        assertEquals(1, last.count(), "only 'a' was finished when the loop broke at 'b'");
        assertEquals(1, sink.states.stream().filter(ProgressState::finished).count());
    }

    @Test
    void manualStepsAndABrokenSinkDoNotBreakTheLoop() {
        var clock = new AtomicLong();
        ProgressSink broken = s -> { throw new IllegalStateException("display gone"); };
        var bar = new ProgressBar<>(List.of(), 10, "", broken, clock::get);
        var err = System.err;
        var captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < 10; i++) bar.step();
            bar.close();
        } finally {
            System.setErr(err);
        }
        assertEquals(10, bar.count());
        String text = captured.toString(StandardCharsets.UTF_8);
        assertEquals(1, text.lines().count(), "the failure is reported once: " + text);
    }

    @Test
    void totalIsFoundFromCollectionsSizedAndSizeMethods() {
        assertEquals(3, Progress.totalOf(List.of(1, 2, 3)));
        class Batches implements Iterable<Integer>, Sized {
            public Iterator<Integer> iterator() { return List.of(1, 2).iterator(); }
            public int size() { return 2; }
        }
        assertEquals(2, Progress.totalOf(new Batches()));
        Iterable<Integer> bare = () -> List.of(1).iterator();
        assertEquals(-1, Progress.totalOf(bare));
        assertEquals(7, Progress.totalOf(new LenOnly()));
        assertEquals(4, Progress.progress(4).total());
        var seen = new ArrayList<Integer>();
        for (int i : Progress.progress(4)) seen.add(i);
        assertEquals(List.of(0, 1, 2, 3), seen);
        assertEquals(2, Progress.progress(new String[] {"a", "b"}).total());
        var loader = baeum.Baeum.data.loader(baeum.Baeum.data.tensorDataset(baeum.Baeum.zeros(10, 2)), 4);
        assertEquals(3, Progress.totalOf(loader), "a DataLoader's size(): its number of batches");
    }

    /** An iterable with only a PyTorch-style {@code len()}. */
    public static final class LenOnly implements Iterable<Integer> {
        public Iterator<Integer> iterator() { return List.<Integer>of().iterator(); }
        public long len() { return 7; }
    }

    @Test
    void nestedBarsInATerminalTakeTurnsOnSeparateLines() {
        var bytes = new ByteArrayOutputStream();
        var sink = new TerminalSink(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        var m = java.util.Map.<String, Double>of();
        sink.update(new ProgressState("outer", "epoch", 0, 2, 0, m, false));
        sink.update(new ProgressState("inner", "batch", 1, 1, MS * 1000, m, true));
        sink.update(new ProgressState("outer", "epoch", 1, 2, MS * 1000, m, false));
        String nl = System.lineSeparator();
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split(nl, -1);
        assertEquals(3, lines.length, "epoch line, batch line, then the epoch line again: " + java.util.Arrays.toString(lines));
        assertTrue(lines[0].startsWith("\repoch:   0%"), lines[0]);
        assertTrue(lines[1].startsWith("\rbatch: 100%"), lines[1]);
        assertTrue(lines[2].startsWith("\repoch:  50%"), lines[2]);
    }

    @Test
    void terminalSinkRedrawsOneLineAndEndsItWithANewline() {
        var bytes = new ByteArrayOutputStream();
        var sink = new TerminalSink(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        var m = java.util.Map.<String, Double>of();
        sink.update(new ProgressState("x", "", 1, 4, 1_000 * MS, m, false));
        sink.update(new ProgressState("x", "", 4, 4, 2_000 * MS, m, true));
        String out = bytes.toString(StandardCharsets.UTF_8);
        String nl = System.lineSeparator();
        assertEquals("\r 25%|######                   | 1/4 [00:01<00:03, 1.0 it/s]"
                + "\r100%|#########################| 4/4 [00:02, 2.0 it/s]      " + nl, out);
    }
}

package baeum.display;

import baeum.progress.ProgressBar;
import baeum.progress.ProgressState;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

class NotebookProgressTest {
    static final long MS = 1_000_000L;

    @Test
    void aBarIsDisplayedOnceThenUpdatedInPlaceAFewTimesASecondAndEndsFinished() {
        var sink = new RecordingSink();
        var clock = new AtomicLong();
        Iterable<Integer> items = () -> IntStream.range(0, 200).iterator();
        var bar = new ProgressBar<>(items, 200, "train", new NotebookProgressSink(sink), clock::get);
        for (int i : bar) {
            clock.addAndGet(10 * MS);  // 200 items in 2 s
            bar.set("loss", 2.0 / (i + 1));
        }
        List<RecordingSink.Event> events = sink.events;
        assertEquals("display", events.get(0).kind());
        assertTrue(events.stream().skip(1).allMatch(e -> e.kind().equals("update")));
        assertEquals(1, events.stream().map(RecordingSink.Event::id).distinct().count(), "one output, updated in place");
        // 2 s at one update per 250 ms: 8 updates, plus the first and the final state
        assertTrue(events.size() >= 8 && events.size() <= 11, events.size() + " messages");
        String html = events.get(events.size() - 1).bundle().get("text/html");
        assertTrue(html.startsWith("<div class=\"baeum-progress\" data-state=\"finished\""), html);
        assertTrue(html.contains(">finished</span>"), html);
        assertTrue(html.contains("width:100.0%"), html);
        assertTrue(html.contains("200/200 [00:02, 100 it/s, loss=0.01000]"), html);
        assertTrue(events.get(events.size() - 1).bundle().text().endsWith("finished"));
    }

    @Test
    void htmlShowsPercentageEscapesTextAndSaysStoppedWhenEndedEarly() {
        var s = new ProgressState("id", "<b>", 1, 4, 2_000 * MS, Map.of("a<b", 1.0), false);
        String html = ProgressHtml.html(s, ProgressHtml.status(s));
        assertTrue(html.contains("data-state=\"running\""));
        assertTrue(html.contains("&lt;b&gt;"), "the description is escaped");
        assertTrue(html.contains(" 25%"), html);
        assertTrue(html.contains("width:25.0%"), html);
        assertTrue(html.contains("a&lt;b=1.000"), html);
        assertFalse(html.contains("baeum-progress-status"), "no status until the end");
        var stopped = new ProgressState("id", "", 1, 4, 0, Map.of(), true);
        assertEquals("stopped", ProgressHtml.status(stopped));
        var unknown = new ProgressState("id", "", 9, -1, 0, Map.of(), true);
        assertEquals("finished", ProgressHtml.status(unknown));
    }

    @Test
    void aProgressBarValueRendersAsItsCurrentState() {
        var bar = new ProgressBar<>(List.of(1, 2), 2, "x", s -> {}, () -> 0L);
        MimeBundle b = Renderers.render(bar);
        assertTrue(b.get("text/html").contains("0/2"), b.get("text/html"));
    }
}

package baeum.display;

import baeum.progress.ProgressSink;
import baeum.progress.ProgressState;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shows progress bars in a notebook: the first state of a bar is displayed, later ones replace
 * it in place ({@link DisplaySink#update}), at most four times a second; the final state always
 * shows.
 */
public final class NotebookProgressSink implements ProgressSink {
    private final DisplaySink sink;
    private final Set<String> shown = ConcurrentHashMap.newKeySet();

    public NotebookProgressSink(DisplaySink sink) {
        this.sink = sink;
    }

    @Override
    public void update(ProgressState state) {
        MimeBundle bundle = ProgressHtml.bundle(state);
        if (shown.add(state.id())) {
            sink.display(bundle, state.id());
        } else {
            sink.update(bundle, state.id());
        }
        if (state.finished()) shown.remove(state.id());
    }

    @Override
    public long intervalNanos() {
        return 250_000_000L;
    }
}

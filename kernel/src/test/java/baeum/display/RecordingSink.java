package baeum.display;

import java.util.ArrayList;
import java.util.List;

/** A display sink that remembers what it was asked to show. */
final class RecordingSink implements DisplaySink {
    record Event(String kind, MimeBundle bundle, String id) {}

    final List<Event> events = new ArrayList<>();

    @Override
    public synchronized void display(MimeBundle bundle, String displayId) {
        events.add(new Event("display", bundle, displayId));
    }

    @Override
    public synchronized void update(MimeBundle bundle, String displayId) {
        events.add(new Event("update", bundle, displayId));
    }

    Event last() {
        return events.get(events.size() - 1);
    }
}

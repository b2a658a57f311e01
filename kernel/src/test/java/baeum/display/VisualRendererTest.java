package baeum.display;

import static org.junit.jupiter.api.Assertions.*;

import baeum.Baeum;
import org.junit.jupiter.api.Test;

/** The teaching tools' values reach a notebook as their text plus their HTML or SVG. */
class VisualRendererTest {
    @Test
    void explainBroadcastShowsAnHtmlTable() {
        Baeum.language("en");
        try {
            MimeBundle b = Renderers.render(Baeum.explainBroadcast(Baeum.shape(3, 5, 5), Baeum.shape(3)));
            assertTrue(b.text().startsWith("Broadcasting a (3, 5, 5) with b (3)"), b.text());
            assertTrue(b.get(MimeBundle.HTML).startsWith("<div class=\"baeum-broadcast\""), b.get(MimeBundle.HTML));
            assertFalse(b.has(MimeBundle.SVG));
        } finally {
            Baeum.language((String) null);
        }
    }
}

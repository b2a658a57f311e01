package baeum.display;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class RenderersTest {
    interface Shape {}
    static class Square implements Shape {}
    static class Big extends Square {}
    static final class Broken {
        @Override
        public String toString() {
            throw new IllegalStateException("no");
        }
    }

    @Test
    void theMostSpecificRegisteredTypeWins() {
        Renderers.register(Shape.class, s -> MimeBundle.text("shape"));
        Renderers.register(Square.class, s -> MimeBundle.text("square"));
        assertEquals("square", Renderers.render(new Big()).text(), "Big inherits Square's renderer, not Shape's");
        assertEquals("shape", Renderers.render(new Shape() {}).text());
        Renderers.register(Big.class, s -> MimeBundle.text("big"));
        assertEquals("big", Renderers.render(new Big()).text(), "registering later clears the choice cache");
    }

    @Test
    void aClassKnownOnlyByNameCanBeRendered() {
        Renderers.registerByName(RenderersTest.class.getName() + "$Named", v -> MimeBundle.text("by name"));
        assertEquals("by name", Renderers.render(new Named() {}).text(), "subtypes of the named class too");
    }

    static class Named {}

    @Test
    void neverThrowsAndFallsBackToText() {
        Renderers.register(Failing.class, f -> { throw new IllegalArgumentException("boom"); });
        MimeBundle b = Renderers.render(new Failing());
        assertEquals("failing", b.text());
        assertTrue(b.metadata().get("baeum/render-error").toString().contains("boom"));
        assertTrue(Renderers.render(new Broken()).text().contains("toString() threw IllegalStateException"));
        assertEquals("null", Renderers.render(null).text());
        Renderers.register(NullRenderer.class, v -> null);
        assertEquals("nr", Renderers.render(new NullRenderer()).text(), "a null bundle falls back to toString");
    }

    static class Failing {
        public String toString() { return "failing"; }
    }

    static class NullRenderer {
        public String toString() { return "nr"; }
    }

    @Test
    void plainValuesReadAsInJShell() {
        assertEquals("\"a\\\"b\\n\"", Renderers.render("a\"b\n").text());
        assertEquals("'x'", Renderers.render('x').text());
        assertEquals("42", Renderers.render(42).text());
        assertEquals("[1.5, 2.0]", Renderers.render(new float[] {1.5f, 2f}).text());
        assertEquals("[[1, 2], [3]]", Renderers.render(new int[][] {{1, 2}, {3}}).text());
        assertEquals("[\"a\", null]", Renderers.render(new String[] {"a", null}).text());
        var big = new double[5000];
        big[4999] = 7;
        assertEquals("[0.0, 0.0, 0.0, ..., 0.0, 0.0, 7.0] (5000 elements)", Renderers.render(big).text());
        List<Integer> list = new ArrayList<>(List.of(1, 2));
        assertEquals("[1, 2]", Renderers.render(list).text());
    }

    @Test
    void markupRendersAsItsFormatWithPlainTextBeside() {
        MimeBundle md = Renderers.render(Display.md("**hi**"));
        assertEquals(Map.of("text/plain", "**hi**", "text/markdown", "**hi**"), md.data());
        MimeBundle html = Renderers.render(Display.html("<p>a &amp; b</p><p>c</p>"));
        assertEquals("<p>a &amp; b</p><p>c</p>", html.get("text/html"));
        assertEquals("a & b\nc", html.text());
        assertEquals("$$x^2$$", Renderers.render(Display.latex("x^2")).get("text/latex"));
        assertEquals("$x$", Renderers.render(Display.latex("$x$")).get("text/latex"));
        MimeBundle own = MimeBundle.text("t").with("text/html", "<i>t</i>");
        assertSame(own, Renderers.render(own), "a bundle renders as itself");
    }

    @Test
    void bundlesAlwaysHavePlainText() {
        assertThrows(IllegalArgumentException.class, () -> new MimeBundle(Map.of("text/html", "x"), Map.of()));
        var b = MimeBundle.text("a").withMetadata("image/png", Map.of("width", 3));
        assertEquals(Map.of("width", 3), b.metadata().get("image/png"));
        assertThrows(UnsupportedOperationException.class, () -> b.data().put("x", "y"));
    }
}

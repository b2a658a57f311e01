package baeum.display;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

class TensorTableTest {
    /** Element value = its row-major position, so every cell says where it came from. */
    static TensorTable.Elements positions(int[] shape) {
        return idx -> {
            long flat = 0;
            for (int d = 0; d < shape.length; d++) flat = flat * shape[d] + idx[d];
            return flat;
        };
    }

    static int count(String html, String what) {
        return (int) Pattern.compile(Pattern.quote(what)).matcher(html).results().count();
    }

    static String html(ElementFormat.Kind kind, int... shape) {
        return TensorTable.html(shape, kind, "shape " + java.util.Arrays.toString(shape), positions(shape));
    }

    @Test
    void aMatrixIsATableWithOneRowPerRow() {
        String h = html(ElementFormat.Kind.FLOAT, 2, 3);
        assertTrue(h.startsWith("<div class=\"baeum-tensor\""), h);
        assertEquals(1, count(h, "<table class=\"baeum-tensor-table\""));
        assertEquals(2, count(h, "<tr>"));
        assertEquals(6, count(h, "<td"));
        assertTrue(h.contains("<caption>shape [2, 3]</caption>"), h);
        assertTrue(h.contains(">3.</td><td>4.</td>"), "row 1 is 3. 4. 5.: " + h);
    }

    @Test
    void aVectorIsOneRow() {
        String h = html(ElementFormat.Kind.INT, 4);
        assertEquals(1, count(h, "<tr>"));
        assertEquals(4, count(h, "<td"));
        assertTrue(h.contains(">3</td>"));
    }

    @Test
    void higherRanksAreStacksOfLabelledSlices() {
        String h = html(ElementFormat.Kind.FLOAT, 2, 2, 2);
        assertEquals(2, count(h, "<table"));
        assertTrue(h.contains("[0, :, :]") && h.contains("[1, :, :]"), h);
        assertTrue(h.contains("<div class=\"baeum-tensor-caption\">shape [2, 2, 2]</div>"));
        assertTrue(h.contains(">7.</td>"), "the last element of slice 1 is 7: " + h);
    }

    @Test
    void largeMatricesAreSummarisedWithEllipses() {
        String h = html(ElementFormat.Kind.FLOAT, 40, 40);  // 1600 > 1000
        assertEquals(7, count(h, "<tr>"), "3 rows, a gap row, 3 rows");
        assertEquals(49, count(h, "<td"));
        assertEquals(6, count(h, ">…</td>"), "one gap column in each shown row");
        assertEquals(6, count(h, ">⋮</td>"));
        assertEquals(1, count(h, ">⋱</td>"));
        assertTrue(h.contains(">1599.</td>"), "the last element is shown");
        assertFalse(h.contains(">3.</td>"), "column 3 is skipped");
    }

    @Test
    void largeStacksSkipMiddleSlices() {
        String h = html(ElementFormat.Kind.FLOAT, 20, 10, 10);  // 2000 > 1000
        assertEquals(6, count(h, "<table"), "slices 0, 1, 2, 17, 18, 19");
        assertEquals(1, count(h, "baeum-tensor-gap"));
        assertTrue(h.contains("[19, :, :]") && !h.contains("[3, :, :]"));
        assertEquals(6 * 49, count(h, "<td"));
    }

    @Test
    void thresholdIsPyTorchs() {
        assertEquals(1000, count(html(ElementFormat.Kind.INT, 10, 100), "<td"), "1000 elements: all shown");
        assertEquals(49, count(html(ElementFormat.Kind.INT, 7, 143), "<td"), "1001 elements: summarised");
    }

    @Test
    void scalarsAndBooleansAndNumberFormats() {
        String scalar = TensorTable.html(new int[0], ElementFormat.Kind.FLOAT, "c", idx -> 0.5);
        assertEquals(1, count(scalar, "<td"));
        assertTrue(scalar.contains(">0.5000</td>"));
        assertTrue(TensorTable.html(new int[] {2}, ElementFormat.Kind.BOOL, "b", idx -> idx[0]).contains(">False</td>"));
        var f = ElementFormat.choose(ElementFormat.Kind.FLOAT, new double[] {1, 2.5});
        assertEquals("1.0000", f.format(1));
        assertEquals("-2.", ElementFormat.choose(ElementFormat.Kind.FLOAT, new double[] {-2, 3}).format(-2));
        var sci = ElementFormat.choose(ElementFormat.Kind.FLOAT, new double[] {1e-5, 1});
        assertEquals("1.0000e-05", sci.format(1e-5));
        assertEquals("nan", f.format(Double.NaN));
        assertEquals("-inf", f.format(Double.NEGATIVE_INFINITY));
    }

    @Test
    void captionsAreEscaped() {
        String h = TensorTable.html(new int[] {1}, ElementFormat.Kind.INT, "<x>", idx -> 1);
        assertTrue(h.contains("&lt;x&gt;"));
    }
}

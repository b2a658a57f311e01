package baeum.display;

import baeum.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.*;

class TensorRendererTest {
    static int count(String html, String what) {
        return (int) Pattern.compile(Pattern.quote(what)).matcher(html).results().count();
    }

    static String html(Tensor t) {
        MimeBundle b = Renderers.render(t);
        assertEquals(t.toString(), b.text(), "text/plain is the tensor's PyTorch-style printout");
        return b.get("text/html");
    }

    @Test
    void aMatrixShowsItsValuesShapeAndDtype() {
        String h = html(tensor(new float[][] {{1, 2}, {3, 4.5f}}));
        assertTrue(h.contains("<caption>shape (2, 2) · float32</caption>"), h);
        assertTrue(h.contains("<tr><td>1.0000</td><td>2.0000</td></tr><tr><td>3.0000</td><td>4.5000</td></tr>"), h);
    }

    @Test
    void nonContiguousTensorsShowTheirLogicalLayout() {
        // transposed: rows of t() are the columns of the original
        String h = html(tensor(new float[][] {{1, 2, 3}, {4, 5, 6}}).t());
        assertTrue(h.contains("<tr><td>1.</td><td>4.</td></tr><tr><td>2.</td><td>5.</td></tr>"), h);
        // expanded: every row repeats the same storage
        String e = html(tensor(7f, 8f).expand(3, 2));
        assertEquals(3, count(e, "<tr><td>7.</td><td>8.</td></tr>"), e);
        // a slice in the middle of a stack
        String p = html(arange(24).view(2, 3, 4).permute(2, 0, 1));
        assertTrue(p.contains("shape (4, 2, 3) · int64"), p);
        assertTrue(p.contains("[1, :, :]") && p.contains("<tr><td>1</td><td>5</td><td>9</td></tr>"), p);
    }

    @Test
    void gradientStateIsInTheCaption() {
        var w = tensor(1f, 2f).requiresGrad_();
        assertTrue(html(w).contains("· requires_grad=True"));
        String y = html(w.mul(2));
        assertTrue(y.contains("· grad_fn=&lt;MulBackward0&gt;"), y);
    }

    @Test
    void largeTensorsAreSummarisedLikeTheirText() {
        Tensor big = zeros(40, 40);
        String h = html(big);
        assertTrue(big.toString().contains("..."), "the text is summarised too");
        assertEquals(49, count(h, "<td>"));
        assertEquals(1, count(h, "⋱"));
    }

    @Test
    void longsKeepAllTheirDigitsAndBooleansReadAsPyTorchs() {
        assertTrue(html(tensor(123456789012L, 1L)).contains("<td>123456789012</td>"));
        assertTrue(html(tensor(true, false)).contains("<td>True</td><td>False</td>"));
        assertTrue(html(zeros(0)).contains("(empty)"));
        assertTrue(html(tensor(2.5f).sum()).contains("<td>2.5000</td>"), "a scalar is one cell");
    }
}

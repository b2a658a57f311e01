package baeum.teach;

import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.*;

import baeum.teach.BroadcastExplanation.Kind;
import baeum.storage.TensorError;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** explainBroadcast: success, each failure kind, 0-d and 1-d inputs; values derived by hand from the rule. */
class BroadcastExplanationTest {

    @BeforeEach
    void english() {
        language("en");
    }

    @AfterEach
    void reset() {
        language((String) null);
    }

    private static List<Kind> kinds(BroadcastExplanation e) {
        return e.dims().stream().map(BroadcastExplanation.Dim::kind).toList();
    }

    @Test
    void theGrayscaleExampleStretchesTheLastTwoDims() {
        var e = explainBroadcast(shape(3, 5, 5), shape(3, 1, 1));
        assertTrue(e.ok());
        assertEquals(shape(3, 5, 5), e.result());
        assertEquals(List.of(Kind.SAME, Kind.STRETCH_B, Kind.STRETCH_B), kinds(e));
        assertEquals(List.of(), e.failingDims());
        assertEquals(List.of(), e.fixes());
        String text = e.toString();
        assertTrue(text.contains("dim 1: b has size 1, stretched (repeated) to 5"), text);
        assertTrue(text.contains("OK: the result has shape (3, 5, 5)"), text);
        assertTrue(e.html().contains("1 → 5"), e.html());
    }

    @Test
    void aShorterShapeGetsNewDimsOnTheLeft() {
        var e = explainBroadcast(ones(2, 3), ones(3));
        assertEquals(shape(2, 3), e.result());
        assertEquals(List.of(Kind.NEW_B, Kind.SAME), kinds(e));
        assertEquals(new BroadcastExplanation.Dim(0, 2, -1, 2, Kind.NEW_B), e.dims().get(0));
        assertTrue(e.toString().contains("dim 0: b has no dim here, counts as 1, stretched to 2"), e.toString());
        // both sides stretch: (4, 1) with (1, 3) -> (4, 3)
        var both = explainBroadcast(shape(4, 1), shape(1, 3));
        assertEquals(shape(4, 3), both.result());
        assertEquals(List.of(Kind.STRETCH_B, Kind.STRETCH_A), kinds(both));
        // a size-1 dim that a lacks: (3) with (1, 3) -> (1, 3)
        var one = explainBroadcast(shape(3), shape(1, 3));
        assertEquals(shape(1, 3), one.result());
        assertTrue(one.toString().contains("dim 0: a has no dim here, counts as 1"), one.toString());
    }

    @Test
    void zeroDimensionalAndOneDimensionalInputs() {
        var scalar = explainBroadcast(tensor(2f), ones(2, 3));
        assertEquals(0, scalar.a().size());
        assertEquals(shape(2, 3), scalar.result());
        assertEquals(List.of(Kind.NEW_A, Kind.NEW_A), kinds(scalar));
        assertTrue(scalar.toString().contains("a is 0-d (a scalar): it broadcasts to any shape"), scalar.toString());
        var both = explainBroadcast(shape(), shape());
        assertTrue(both.ok());
        assertEquals(shape(), both.result());
        assertEquals(List.of(), both.dims());
        var vectors = explainBroadcast(shape(3), shape(3));
        assertEquals(List.of(Kind.SAME), kinds(vectors));
        var clash = explainBroadcast(shape(3), shape(4));
        assertFalse(clash.ok());
        assertNull(clash.result());
        assertEquals(List.of(0), clash.failingDims());
    }

    @Test
    void aMissingUnsqueezeIsFixedByReshapeOrUnsqueeze() {
        // (3) against (3, 5, 5): right-aligned, 3 meets the last 5 -> dim 2 fails; b's 3 belongs at dim 0
        var e = explainBroadcast(shape(3, 5, 5), shape(3));
        assertFalse(e.ok());
        assertEquals(List.of(2), e.failingDims());
        assertEquals(List.of(Kind.NEW_B, Kind.NEW_B, Kind.FAIL), kinds(e));
        assertEquals("b.reshape(3, 1, 1)", e.fixes().get(0));
        assertEquals("b.unsqueeze(-1).unsqueeze(-1)", e.fixes().get(1));
        var fixed = ones(3).unsqueeze(-1).unsqueeze(-1);
        assertEquals(shape(3, 5, 5), ones(3, 5, 5).mul(fixed).shape(), "the suggested fix works");
        String text = e.toString();
        assertTrue(text.contains("dim 2: sizes 5 and 3 differ and neither is 1: cannot broadcast"), text);
        assertTrue(text.contains("Fails at dim 2"), text);
        // an interior position: (4) against (2, 4, 3) -> (4, 1), one unsqueeze(-1)
        var mid = explainBroadcast(shape(2, 4, 3), shape(4));
        assertEquals(List.of("b.reshape(4, 1)", "b.unsqueeze(-1)"), mid.fixes().subList(0, 2));
        // a gap inside: (2, 3) against (2, 5, 3)?  that broadcasts; (2, 5) against (2, 3, 5, 7) -> (2, 1, 5, 1)
        var gap = explainBroadcast(shape(2, 3, 5, 7), shape(2, 5));
        assertEquals("b.reshape(2, 1, 5, 1)", gap.fixes().get(0));
        assertEquals("b.unsqueeze(1).unsqueeze(-1)", gap.fixes().get(1));
        assertEquals(shape(2, 1, 5, 1), ones(2, 5).unsqueeze(1).unsqueeze(-1).shape());
    }

    @Test
    void swappedDimsAreFixedByTranspose() {
        var e = explainBroadcast(shape(2, 3), shape(3, 2));
        assertEquals(List.of(0, 1), e.failingDims(), "both dims clash");
        assertEquals(List.of("b.t()", "a.t()"), e.fixes());
        var three = explainBroadcast(shape(5, 2, 3), shape(3, 2));
        assertEquals("b.t()", three.fixes().get(0));
        var deep = explainBroadcast(shape(4, 2, 3), shape(4, 3, 2));
        assertTrue(deep.fixes().contains("b.transpose(-2, -1)"), deep.fixes().toString());
    }

    @Test
    void sizesThatNoMoveLinesUpGetAdvice() {
        var e = explainBroadcast(shape(2, 3), shape(4));
        assertEquals(List.of(1), e.failingDims());
        assertEquals(List.of(), e.fixes(), "no reshape or transpose helps");
        String text = e.toString();
        assertTrue(text.contains("make the sizes at dim 1 equal (3 and 4 now)"), text);
        assertTrue(text.contains("b.sum(0, true)"), text);
    }

    @Test
    void koreanLabels() {
        language("ko");
        String text = explainBroadcast(shape(3, 5, 5), shape(3)).toString();
        assertTrue(text.contains("차원 2: 크기가 5, 3으로 서로 다르고"), text);
        assertTrue(text.contains("고치는 방법"), text);
    }

    @Test
    void elementwiseShapeErrorsEndWithAHint() {
        var err = assertThrows(TensorError.class, () -> ones(2, 3).add(ones(4)));
        String last = err.getMessage().lines().reduce((x, y) -> y).orElseThrow();
        assertEquals("See it dim by dim: explainBroadcast(shape(2, 3), shape(4))", last);
        assertTrue(err.getMessage().startsWith("add: cannot broadcast (2, 3) with (4): sizes 3 and 4 differ at dim 1"));
    }
}

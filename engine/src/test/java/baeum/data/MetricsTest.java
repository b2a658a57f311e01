package baeum.data;

import baeum.facade.DataFacade;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.tensor.Tensor;
import baeum.storage.TensorError;
import org.junit.jupiter.api.Test;

class MetricsTest {
    static final Tensor SCORES = Tensor.wrap(new float[] {
        2, 1, 0,     // predicts 0
        0, 3, 1,     // predicts 1
        1, 0, 5,     // predicts 2
        4, 2, 1,     // predicts 0
        0, 1, 0.5f}, 5, 3);   // predicts 1
    static final Tensor LABELS = Tensor.wrap(new long[] {0, 1, 1, 0, 2}, 5);

    @Test
    void accuracyFromScoresOrLabels() {
        assertEquals(3.0 / 5, DataFacade.accuracy(SCORES, LABELS), 1e-12);
        assertEquals(3.0 / 5, DataFacade.accuracy(Tensor.wrap(new long[] {0, 1, 2, 0, 1}, 5), LABELS), 1e-12);
        assertEquals(3.0 / 5, DataFacade.accuracy(SCORES.t().contiguous().t(), LABELS), 1e-12);
        var e = assertThrows(TensorError.class, () -> DataFacade.accuracy(SCORES, Tensor.wrap(new long[4], 4)));
        assertTrue(e.getMessage().contains("predictions of shape (5, 3) do not match targets of shape (4)"), e.getMessage());
    }

    @Test
    void confusionMatrixRowsAreTrueClasses() {
        var m = DataFacade.confusionMatrix(SCORES, LABELS, 3);
        assertArrayEquals(new long[] {2, 0, 0, 0, 1, 1, 0, 1, 0}, m.toLongArray());
        var e = assertThrows(TensorError.class,
                () -> DataFacade.confusionMatrix(SCORES, Tensor.wrap(new long[] {0, 1, 1, 0, 7}, 5), 3));
        assertTrue(e.getMessage().contains("true label 7 of example 4 is outside the class range [0, 2]"), e.getMessage());
    }

    @Test
    void earlyStoppingWaitsPatienceEpochs() {
        var stop = DataFacade.earlyStopping(2).minDelta(0.01);
        assertFalse(stop.step(1.0));
        assertFalse(stop.step(0.8));
        assertFalse(stop.step(0.795));   // not better by minDelta
        assertTrue(stop.step(0.9));
        assertEquals(1, stop.bestEpoch());
        assertEquals(0.8, stop.best());
        var acc = DataFacade.earlyStopping(1).mode("max");
        assertFalse(acc.step(0.5));
        assertFalse(acc.step(0.6));
        assertTrue(acc.step(0.6));
    }
}

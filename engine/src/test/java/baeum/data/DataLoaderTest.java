package baeum.data;

import baeum.facade.DataFacade;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.storage.DType;
import baeum.tensor.Rng;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataLoaderTest {
    /** Example i has x = (3i, 3i + 1, 3i + 2) and y = i. */
    static TensorDataset ten() {
        float[] x = new float[30];
        long[] y = new long[10];
        for (int i = 0; i < 30; i++) x[i] = i;
        for (int i = 0; i < 10; i++) y[i] = i;
        return new TensorDataset(Tensor.wrap(x, 10, 3), Tensor.wrap(y, 10));
    }

    static List<Long> labels(DataLoader loader) {
        List<Long> out = new ArrayList<>();
        for (Batch b : loader) {
            long[] y = b.y().toLongArray();
            float[] x = b.x().toFloatArray();
            for (int i = 0; i < y.length; i++) {
                assertEquals(3 * y[i], x[3 * i], "x row " + i + " belongs to its label");
                out.add(y[i]);
            }
        }
        return out;
    }

    @Test
    void batchesInOrderWithASmallerLastOne() {
        var loader = DataFacade.loader(ten(), 4);
        assertEquals(3, loader.size());
        List<Batch> batches = new ArrayList<>();
        loader.forEach(batches::add);
        assertEquals(3, batches.size());
        assertEquals(List.of(4, 4, 2), batches.stream().map(Batch::size).toList());
        assertEquals(new baeum.storage.Shape(4, 3), batches.get(0).x().shape());
        assertEquals(DType.INT64, batches.get(0).y().dtype());
        assertArrayEquals(new float[] {24, 25, 26, 27, 28, 29}, batches.get(2).x().toFloatArray());
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), labels(loader));
        var dropping = DataFacade.loader(ten(), 4).dropLast(true);
        assertEquals(2, dropping.size());
        assertEquals(8, labels(dropping).size());
    }

    @Test
    void shuffleVisitsEveryExampleOnceReproduciblyWithASeed() {
        var a = DataFacade.loader(ten(), 3).shuffle(true).seed(7);
        List<Long> first = labels(a), second = labels(a);
        assertEquals(10, new HashSet<>(first).size());
        assertNotEquals(first, second, "each pass has a new order");
        var b = DataFacade.loader(ten(), 3).shuffle(true).seed(7);
        assertEquals(first, labels(b));
        assertEquals(second, labels(b));
        Rng.manualSeed(3);
        List<Long> c = labels(DataFacade.loader(ten(), 3).shuffle(true));
        Rng.manualSeed(3);
        assertEquals(c, labels(DataFacade.loader(ten(), 3).shuffle(true)), "manualSeed makes unseeded shuffles repeat");
    }

    @Test
    void nonContiguousTensorsAreCopiedInOrder() {
        var base = Tensor.wrap(new float[] {0, 1, 2, 3, 4, 5}, 3, 2);
        var ds = new TensorDataset(base.t(), Tensor.wrap(new long[] {7, 8}, 2));   // x = [[0, 2, 4], [1, 3, 5]]
        Batch b = DataFacade.loader(ds, 2).iterator().next();
        assertArrayEquals(new float[] {0, 2, 4, 1, 3, 5}, b.x().toFloatArray());
        assertArrayEquals(new float[] {1, 3, 5}, ds.get(1).x().toFloatArray());
    }

    @Test
    void transformedDatasetsAreStackedBySampleCollate() {
        var ds = ten().transform(x -> x.mul(2));
        Batch b = DataFacade.loader(ds, 4).iterator().next();
        assertEquals(new baeum.storage.Shape(4, 3), b.x().shape());
        assertArrayEquals(new float[] {0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22}, b.x().toFloatArray());
        assertArrayEquals(new long[] {0, 1, 2, 3}, b.y().toLongArray());
        var ragged = ten().transform(x -> x.get(0).item() == 3f ? x.narrow(0, 0, 2) : x);
        var e = assertThrows(TensorError.class, () -> DataFacade.loader(ragged, 4).iterator().next());
        assertTrue(e.getMessage().contains("example 1's x is FLOAT32 of shape (2) but example 0's is FLOAT32 of shape (3)"),
                e.getMessage());
    }

    @Test
    void subsetsSplitsAndFolds() {
        var ds = ten();
        var sub = DataFacade.subset(ds, 9, 0, 4);
        assertEquals(List.of(9L, 0L, 4L), labels(DataFacade.loader(sub, 2)));
        var parts = DataFacade.randomSplit(ds, new double[] {0.7, 0.3}, 1);
        assertEquals(List.of(7, 3), parts.stream().map(Subset::size).toList());
        Set<Integer> all = new HashSet<>();
        for (Subset s : parts) for (int i : s.indices()) all.add(i);
        assertEquals(10, all.size());
        assertEquals(List.of(3, 3, 4), DataFacade.randomSplit(ds, 3, 3, 4).stream().map(Subset::size).toList());
        var e = assertThrows(TensorError.class, () -> DataFacade.randomSplit(ds, 3, 3));
        assertTrue(e.getMessage().contains("add up to 6 but the dataset has 10 examples"), e.getMessage());

        var folds = DataFacade.kFold(ds, 3);
        assertEquals(List.of(4, 3, 3), folds.stream().map(f -> f.valid().size()).toList());
        assertArrayEquals(new int[] {0, 1, 2, 3}, folds.get(0).valid().indices());
        Set<Integer> valid = new HashSet<>();
        for (var f : folds) {
            Set<Integer> train = new HashSet<>();
            for (int i : f.train().indices()) train.add(i);
            for (int i : f.valid().indices()) {
                assertTrue(!train.contains(i));
                valid.add(i);
            }
            assertEquals(10, train.size() + f.valid().size());
        }
        assertEquals(10, valid.size());
        assertEquals(10, DataFacade.kFold(ds, 5, 42).stream().mapToInt(f -> f.valid().size()).sum());
    }

    @Test
    void badIndicesAndSizesAreExplained() {
        var e = assertThrows(TensorError.class, () -> ten().get(10));
        assertTrue(e.getMessage().contains("index 10 is out of range for a dataset of 10 examples"), e.getMessage());
        e = assertThrows(TensorError.class, () -> DataFacade.loader(ten(), 0));
        assertTrue(e.getMessage().contains("batchSize must be > 0"), e.getMessage());
        e = assertThrows(TensorError.class, () -> new TensorDataset(Tensor.wrap(new float[6], 3, 2),
                Tensor.wrap(new long[2], 2)));
        assertTrue(e.getMessage().contains("x has 3 examples (shape (3, 2)) but y has 2"), e.getMessage());
    }
}

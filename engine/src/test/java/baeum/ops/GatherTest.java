package baeum.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import baeum.storage.Storage;
import org.junit.jupiter.api.Test;

class GatherTest {
    @Test
    void rowsCopiesThePickedRowsOfATableThatStartsAtAnOffset() {
        Storage table = Storage.of(new double[] {-1, 0, 1, 10, 11, 20, 21});   // rows (0,1), (10,11), (20,21) from 1
        Storage out = Storage.allocate(table.dtype, 6);
        Gather.rows(table, 1, 2, new int[] {2, 0, 2}, out);
        assertArrayEquals(new double[] {20, 21, 0, 1, 20, 21}, out.d);
        Storage f = Storage.of(new float[] {0, 1, 10, 11});
        Storage fo = Storage.allocate(f.dtype, 2);
        Gather.rows(f, 0, 2, new int[] {1}, fo);
        assertArrayEquals(new float[] {10, 11}, fo.f);
    }

    @Test
    void addRowsSumsRepeatedIdsAndSkipsThePaddingRow() {
        double[] grad = {1, 2, 3, 4, 5, 6, 7, 8};                          // four rows of 2
        double[] table = new double[6];
        Gather.addRows(grad, new int[] {2, 0, 2, 1}, 1, 2, table);
        assertArrayEquals(new double[] {3, 4, 0, 0, 1 + 5, 2 + 6}, table);
        double[] all = new double[6];
        Gather.addRows(grad, new int[] {2, 0, 2, 1}, -1, 2, all);
        assertArrayEquals(new double[] {3, 4, 7, 8, 6, 8}, all);
    }

    @Test
    void truePositionsAreTheIndicesOfTheTrueEntries() {
        assertArrayEquals(new long[] {1, 3}, Gather.truePositions(new boolean[] {false, true, false, true}));
        assertArrayEquals(new long[0], Gather.truePositions(new boolean[] {false, false}));
    }
}

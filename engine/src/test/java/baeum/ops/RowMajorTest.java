package baeum.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import baeum.storage.Storage;
import org.junit.jupiter.api.Test;

class RowMajorTest {
    /** A 2 x 3 view of 0..11 at offset 1 with strides (1, 2): a transposed, strided window. */
    final Storage s = Storage.of(new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});

    @Test
    void offsetsOfAStridedViewInRowMajorOrder() {
        assertArrayEquals(new int[] {1, 3, 5, 2, 4, 6}, RowMajor.offsets(new int[] {2, 3}, new int[] {1, 2}, 1));
        assertArrayEquals(new int[] {4}, RowMajor.offsets(new int[0], new int[0], 4));             // 0-d
        assertArrayEquals(new int[0], RowMajor.offsets(new int[] {3, 0}, new int[] {1, 1}, 0));    // empty
        assertArrayEquals(new int[] {0, 1, 2, 3}, RowMajor.offsets(new int[] {2, 1, 2}, new int[] {2, 7, 1}, 0));
    }

    @Test
    void valuesOfAStridedViewInRowMajorOrder() {
        assertArrayEquals(new double[] {1, 3, 5, 2, 4, 6}, RowMajor.doubles(s, new int[] {2, 3}, new int[] {1, 2}, 1));
        assertArrayEquals(new double[] {7, 7, 7}, RowMajor.doubles(s, new int[] {3}, new int[] {0}, 7));   // expanded
        assertArrayEquals(new double[] {1, 0, 1}, RowMajor.doubles(Storage.of(new boolean[] {true, false, true}),
                new int[] {3}, new int[] {1}, 0));
    }
}

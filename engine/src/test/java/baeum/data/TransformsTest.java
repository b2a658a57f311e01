package baeum.data;

import baeum.facade.DataFacade;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.tensor.Rng;
import baeum.storage.Shape;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TransformsTest {
    @Test
    void normalizePerChannelAndOverall() {
        var x = Tensor.wrap(new float[] {1, 2, 3, 4, 10, 20, 30, 40}, 2, 2, 2);
        var y = DataFacade.normalize(new double[] {2, 20}, new double[] {0.5, 10}).apply(x);
        assertArrayEquals(new float[] {-2, 0, 2, 4, -1, 0, 1, 2}, y.toFloatArray(), 1e-6f);
        assertArrayEquals(new float[] {0.5f, 1, 1.5f, 2}, DataFacade.normalize(0, 2)
                .apply(Tensor.wrap(new float[] {1, 2, 3, 4}, 2, 2)).toFloatArray());
        var permuted = x.permute(0, 2, 1);   // non-contiguous input: normalized in its logical order
        assertArrayEquals(new float[] {-2, 2, 0, 4, -1, 1, 0, 2},
                DataFacade.normalize(new double[] {2, 20}, new double[] {0.5, 10}).apply(permuted).toFloatArray(), 1e-6f);
        var e = assertThrows(TensorError.class, () -> DataFacade.normalize(new double[] {0, 0, 0}, new double[] {1, 1, 1})
                .apply(x));
        assertTrue(e.getMessage().contains("3 channel means given but the image has shape (2, 2, 2)"), e.getMessage());
    }

    @Test
    void toTensorPutsChannelsFirstAndScales() {
        long[] px = new long[12];
        for (int i = 0; i < 12; i++) px[i] = i * 20L;   // (H=2, W=2, C=3), value of (y, x, c) = 20·(6y + 3x + c)
        var t = DataFacade.toTensor().apply(Tensor.wrap(px, 2, 2, 3));
        assertEquals(new Shape(3, 2, 2), t.shape());
        assertEquals(20f * 4 / 255, t.getFloat(1, 0, 1), 1e-7f);    // channel 1 of pixel (0, 1) = 20·4
        assertEquals(20f * 11 / 255, t.getFloat(2, 1, 1), 1e-7f);
        assertEquals(new Shape(1, 2, 2), DataFacade.toTensor().apply(Tensor.wrap(new long[4], 2, 2)).shape());
        var img = new java.awt.image.BufferedImage(2, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 0, 0xff8000);
        assertArrayEquals(new float[] {0, 1, 0, 128 / 255f, 0, 0}, DataFacade.toTensor(img).toFloatArray());
    }

    @Test
    void horizontalFlipMirrorsEveryRow() {
        var x = Tensor.wrap(new float[] {1, 2, 3, 4, 5, 6}, 1, 2, 3);
        assertArrayEquals(new float[] {3, 2, 1, 6, 5, 4}, DataFacade.randomHorizontalFlip(1).apply(x).toFloatArray());
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, DataFacade.randomHorizontalFlip(0).apply(x).toFloatArray());
    }

    @Test
    void randomCropCutsAWindowOfThePaddedImage() {
        float[] v = new float[9];
        for (int i = 0; i < 9; i++) v[i] = i + 1;
        var x = Tensor.wrap(v, 1, 3, 3);
        Rng.manualSeed(11);
        var seen = new java.util.HashSet<String>();
        for (int k = 0; k < 60; k++) {
            float[] c = DataFacade.randomCrop(2, 1).apply(x).toFloatArray();
            boolean found = false;
            for (int top = -1; top <= 2 && !found; top++) {
                for (int left = -1; left <= 2 && !found; left++) {
                    float[] w = new float[4];
                    for (int i = 0; i < 2; i++) {
                        for (int j = 0; j < 2; j++) {
                            int yy = top + i, xx = left + j;
                            w[2 * i + j] = yy < 0 || yy > 2 || xx < 0 || xx > 2 ? 0 : v[3 * yy + xx];
                        }
                    }
                    found = java.util.Arrays.equals(w, c);
                }
            }
            assertTrue(found, "crop " + java.util.Arrays.toString(c) + " is a window of the zero-padded image");
            seen.add(java.util.Arrays.toString(c));
        }
        assertEquals(16, seen.size(), "all 4×4 window positions occur");
        assertArrayEquals(v, DataFacade.randomCrop(3, 0).apply(x).toFloatArray());
        assertThrows(TensorError.class, () -> DataFacade.randomCrop(6, 1).apply(x));
    }

    @Test
    void gaussianNoiseHasTheAskedMeanAndSpread() {
        var y = DataFacade.gaussianNoise(0.5, 2).apply(Tensor.wrap(new float[100_000], 100_000));
        float[] a = y.toFloatArray();
        double mean = 0, sq = 0;
        for (float f : a) mean += f;
        mean /= a.length;
        for (float f : a) sq += (f - mean) * (f - mean);
        assertEquals(0.5, mean, 0.03);
        assertEquals(2, Math.sqrt(sq / a.length), 0.03);
    }

    @Test
    void composeAppliesInOrder() {
        var t = DataFacade.compose(x -> x.add(1), DataFacade.normalize(0, 2));
        assertArrayEquals(new float[] {1, 1.5f}, t.apply(Tensor.wrap(new float[] {1, 2}, 2)).toFloatArray());
        assertTrue(t.toString().startsWith("Compose("), t.toString());
    }

    /** Example i's input is the one-hot of its label, so mixup must mix inputs exactly as targets. */
    @Test
    void mixupMixesInputsAndTargetsWithTheSameWeights() {
        Rng.manualSeed(5);
        float[] x = new float[16];
        for (int i = 0; i < 4; i++) x[5 * i] = 1;
        var batch = new Batch(Tensor.wrap(x, 4, 4), Tensor.wrap(new long[] {0, 1, 2, 3}, 4));
        for (int k = 0; k < 5; k++) {
            Batch m = DataFacade.mixup(batch, 0.4, 4);
            assertArrayEquals(m.x().toFloatArray(), m.y().toFloatArray(), 1e-6f);
            float[] t = m.y().toFloatArray();
            for (int i = 0; i < 4; i++) assertEquals(1, t[4 * i] + t[4 * i + 1] + t[4 * i + 2] + t[4 * i + 3], 1e-6);
        }
    }

    /** Example i is an image filled with i: the share of pasted pixels must equal the other class's weight. */
    @Test
    void cutmixTargetsMatchThePastedArea() {
        Rng.manualSeed(9);
        int n = 4, h = 8, w = 8;
        float[] x = new float[n * h * w];
        for (int i = 0; i < x.length; i++) x[i] = i / (h * w);
        var batch = new Batch(Tensor.wrap(x, n, 1, h, w), Tensor.wrap(new long[] {0, 1, 2, 3}, n));
        for (int k = 0; k < 10; k++) {
            Batch m = DataFacade.cutmix(batch, 1.0, n);
            float[] out = m.x().toFloatArray(), t = m.y().toFloatArray();
            for (int i = 0; i < n; i++) {
                int own = 0;
                for (int j = 0; j < h * w; j++) if (out[i * h * w + j] == i) own++;
                double ownShare = (double) own / (h * w);
                assertEquals(ownShare, t[i * n + i], 1e-6, "example " + i);
            }
        }
    }

    @Test
    void betaSamplesHaveTheRightMoments() {
        var r = new Random(1);
        int n = 40_000;
        double a = 0.4, mean = 0, sq = 0;
        double[] s = new double[n];
        for (int i = 0; i < n; i++) mean += s[i] = Mixing.beta(a, r);
        mean /= n;
        for (double v : s) sq += (v - mean) * (v - mean);
        assertEquals(0.5, mean, 0.01);
        assertEquals(1 / (4 * (2 * a + 1)), sq / n, 0.005);    // Var Beta(a, a) = 1 / (4(2a + 1))
    }
}

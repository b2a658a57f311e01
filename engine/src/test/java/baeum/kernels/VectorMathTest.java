package baeum.kernels;

import static baeum.kernels.MicroKernels.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Test;

/** VectorMath against java.lang.Math in double, and its vector lanes against its scalar path. */
class VectorMathTest {
    private static final DoubleUnaryOperator SIGMOID = x -> 1 / (1 + Math.exp(-x));

    @Test
    void valuesByHand() {
        assertEquals(1f, VectorMath.exp(0f));
        assertEquals(Math.E, VectorMath.exp(1f), 3e-7);
        assertEquals(0.5f, VectorMath.sigmoid(0f));
        assertEquals(0f, VectorMath.tanhBySigmoid(0f));
        assertEquals(1f, VectorMath.tanhBySigmoid(20f));
        assertEquals(-1f, VectorMath.tanhBySigmoid(-20f));
        assertEquals(0f, VectorMath.sigmoid(-200f), 1e-37);
        assertEquals(1f, VectorMath.sigmoid(200f));
        assertTrue(Float.isNaN(VectorMath.exp(Float.NaN)) && Float.isNaN(VectorMath.tanhBySigmoid(Float.NaN)));
    }

    @Test
    void closeToMathOverTheRangesThatOccur() {
        Random rnd = new Random(2);
        for (int i = 0; i < 200_000; i++) {
            float x = (float) (rnd.nextGaussian() * (i % 3 == 0 ? 30 : 3));
            if (x > -87 && x < 88) {
                double want = Math.exp(x);
                assertEquals(want, VectorMath.exp(x), Math.ulp((float) want) * 2, "exp(" + x + ")");
            }
            assertEquals(SIGMOID.applyAsDouble(x), VectorMath.sigmoid(x), 2e-7, "sigmoid(" + x + ")");
            assertEquals(Math.tanh(x), VectorMath.tanhBySigmoid(x), 3e-7, "tanhBySigmoid(" + x + ")");
        }
    }

    @Test
    void sumAddsTheLanesInHalvesAlways() {
        Random rnd = new Random(6);
        float[] x = new float[S.length()];
        for (int rep = 0; rep < 1000; rep++) {
            for (int i = 0; i < x.length; i++) x[i] = (float) (rnd.nextGaussian() * Math.pow(10, rnd.nextInt(8) - 4));
            float[] t = x.clone();
            for (int w = t.length / 2; w >= 1; w /= 2) {
                for (int i = 0; i < w; i++) t[i] = t[i] + t[i + w];
            }
            assertEquals(Float.floatToIntBits(t[0]), Float.floatToIntBits(VectorMath.sum(FloatVector.fromArray(S, x, 0))));
        }
    }

    @Test
    void everyLaneGivesTheScalarPathsBits() {
        lanesMatch(VectorMath::exp, VectorMath::exp);
        lanesMatch(VectorMath::sigmoid, VectorMath::sigmoid);
        lanesMatch(VectorMath::tanhBySigmoid, VectorMath::tanhBySigmoid);
    }

    private static void lanesMatch(UnaryOperator<FloatVector> vector, UnaryOperator<Float> scalar) {
        Random rnd = new Random(4);
        float[] x = new float[S.length() * 2000], y = new float[x.length];
        for (int i = 0; i < x.length; i++) x[i] = (float) (rnd.nextGaussian() * (i % 2 == 0 ? 1 : 40));
        x[0] = Float.NaN;
        x[1] = -0f;
        x[2] = Float.POSITIVE_INFINITY;
        x[3] = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i += S.length()) vector.apply(FloatVector.fromArray(S, x, i)).intoArray(y, i);
        for (int i = 0; i < x.length; i++) {
            assertEquals(Float.floatToIntBits(scalar.apply(x[i])), Float.floatToIntBits(y[i]), "lane for x = " + x[i]);
        }
    }
}

package baeum.nn;

import static baeum.nn.NnTesting.assertValues;
import static baeum.nn.NnTesting.gradcheck;
import static baeum.nn.NnTesting.leaf;
import static baeum.nn.NnTesting.sin64;
import static baeum.nn.NnTesting.transposedLeaf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.tensor.Create;
import baeum.storage.DType;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * Normalization layers, embedding and activations against PyTorch 1.13 (see {@link NnTesting}):
 * <pre>
 * bn = nn.BatchNorm1d(3).double(); weight = sinfill((3,),.1), bias = sinfill((3,),.7,.5)
 * xb = sinfill((4,3),.5,2); bn(xb); bn(xb*.5+1); bn.running_mean, bn.running_var; bn.eval(); bn(xb)
 * F.layer_norm(sinfill((2,3,4),.3,2), (4,), sinfill((4,),.2), sinfill((4,),.8,.3))
 * F.group_norm(sinfill((2,4,3),.6,1.7), 2, sinfill((4,),.4), sinfill((4,),1.1,.2))
 * x = tensor([-3, -1.5, -0.2, 0, 0.3, 1, 2.5, 25]); F.gelu(x), F.softplus(x, beta=2, threshold=5), ...
 * </pre>
 */
class NormActivationTest {
    private static final double TOL = 1e-7;

    @Test
    void batchNormTrainsRunningStatisticsAndEvaluatesWithThem() {
        BatchNorm1d bn = NnFacade.batchNorm1d(3);
        bn.to(DType.FLOAT64);
        NnTesting.fill(bn.weight(), 0.1, 1);
        NnTesting.fill(bn.bias(), 0.7, 0.5);
        Tensor xb = sin64(0.5, 2, 4, 3);
        assertValues(new double[] {0.377129412, 1.17488142, 1.39402234, 0.382687114, 0.10854489, -0.916895072, 0.14922669,
            -0.493240913, -0.137173654, 0.379392159, 1.18071406, 1.38646512}, bn.forward(xb), TOL);
        bn.forward(xb.mul(0.5).add(1));
        assertValues(new double[] {0.13423819, 0.165767022, 0.166364595}, bn.runningMean(), TOL);
        assertValues(new double[] {1.06756568, 1.139653, 1.1414582}, bn.runningVar(), TOL);
        assertEquals(2, bn.stateDict().get("num_batches_tracked").itemLong());
        bn.eval();
        assertValues(new double[] {0.401784696, 1.63393029, 2.04328491, 0.408756143, 0.169336122, -1.13687982, 0.115909038,
            -0.657205921, -0.0638676316, 0.404623031, 1.64194131, 2.03288505}, bn.forward(xb), TOL);
        assertEquals(2, bn.stateDict().get("num_batches_tracked").itemLong(), "eval mode does not count batches");
        assertEquals("BatchNorm1d(3, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)", bn.toString());
    }

    @Test
    void batchNorm2dAndCumulativeMomentum() {
        BatchNorm2d bn = NnFacade.batchNorm2d(3);
        bn.to(DType.FLOAT64);
        Tensor x = sin64(0.9, 1.5, 2, 3, 2, 2);
        Tensor y = bn.forward(x);
        assertEquals(1.01137064, y.getDouble(0, 0, 0, 0), TOL);
        assertEquals(-1.85313875, y.getDouble(1, 2, 1, 1), TOL);
        assertValues(new double[] {0.00701616569, -0.0241534057, 0.0384995912}, bn.runningMean(), TOL);
        assertValues(new double[] {1.03638215, 1.02695595, 1.01109449}, bn.runningVar(), TOL);
        bn.eval();
        assertEquals(1.14728467, bn.forward(x).getDouble(0, 0, 0, 0), TOL);

        BatchNorm1d cumulative = NnFacade.batchNorm1d(3, 1e-5, Double.NaN, true, true);
        cumulative.to(DType.FLOAT64);
        Tensor xb = sin64(0.5, 2, 4, 3);
        cumulative.forward(xb);
        cumulative.forward(xb.mul(0.5).add(1));
        cumulative.forward(xb.mul(2).sub(1));
        assertValues(new double[] {0.285318252, 0.548058514, 0.553038293}, cumulative.runningMean(), TOL);
        assertValues(new double[] {3.91947774, 5.01645863, 5.04392913}, cumulative.runningVar(), TOL);
        assertTrue(cumulative.toString().contains("momentum=None"));
    }

    @Test
    void batchNormErrors() {
        TensorError e = assertThrows(TensorError.class, () -> NnFacade.batchNorm2d(3).forward(Create.randn(2, 4, 5, 5)));
        assertEquals("BatchNorm2d(3, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True): expected input of"
                + " shape (N, 3, H, W), got (2, 4, 5, 5)", e.getMessage());
        e = assertThrows(TensorError.class, () -> NnFacade.batchNorm1d(3).forward(Create.randn(1, 3)));
        assertTrue(e.getMessage().contains("expected more than 1 value per channel when training"), e.getMessage());
        BatchNorm1d noStats = NnFacade.batchNorm1d(3, 1e-5, 0.1, false, false);
        noStats.eval();
        assertEquals(0.0, noStats.forward(Create.randn(5, 3)).mean(0).abs().max().itemDouble(), 1e-6);
        assertEquals(0, noStats.stateDict().size());
    }

    @Test
    void layerAndGroupNormMatchPyTorch() {
        LayerNorm ln = NnFacade.layerNorm(4);
        ln.to(DType.FLOAT64);
        NnTesting.fill(ln.weight(), 0.2, 1);
        NnTesting.fill(ln.bias(), 0.8, 0.3);
        Tensor xl = sin64(0.3, 2, 2, 3, 4);
        Tensor y = ln.forward(xl);
        assertValues(new double[] {-0.0952838174, 0.723237024, 1.36219117, -0.00170314143}, y.get(0, 0), TOL);
        assertEquals(-0.994056386, y.getDouble(1, 2, 3), TOL);
        Tensor y2 = NnFacade.layerNorm(xl, new int[] {3, 4}, null, null, 1e-5);
        assertEquals(0.165888013, y2.getDouble(0, 0, 0), TOL);
        assertEquals(-0.962034373, y2.getDouble(1, 2, 3), TOL);
        assertEquals("LayerNorm((4,), eps=1e-05, elementwise_affine=True)", ln.toString());
        TensorError e = assertThrows(TensorError.class, () -> ln.forward(Create.randn(2, 5)));
        assertEquals("LayerNorm((4,), eps=1e-05, elementwise_affine=True): expected input of shape (*, 4), got (2, 5)", e.getMessage());

        GroupNorm gn = NnFacade.groupNorm(2, 4);
        gn.to(DType.FLOAT64);
        NnTesting.fill(gn.weight(), 0.4, 1);
        NnTesting.fill(gn.bias(), 1.1, 0.2);
        Tensor g = gn.forward(sin64(0.6, 1.7, 2, 4, 3));
        assertValues(new double[] {0.340194164, 0.582950948, 0.549931022, 0.374244607, -0.576848535, -1.36056199}, g.get(0).narrow(0, 0, 2), TOL);
        assertEquals(-1.04740892, g.getDouble(1, 3, 2), TOL);
        assertEquals("GroupNorm(2, 4, eps=1e-05, affine=True)", gn.toString());
    }

    @Test
    void normalizationGradients() {
        gradcheck(in -> Normalization.batchNorm(in[0], null, null, in[1], in[2], true, 0.1, 1e-5),
                transposedLeaf(0.5, 2, 2, 3, 4), leaf(0.1, 1, 3), leaf(0.7, 0.5, 3));
        gradcheck(in -> Normalization.layerNorm(in[0], new int[] {4}, in[1], in[2], 1e-5),
                transposedLeaf(0.3, 2, 3, 4), leaf(0.2, 1, 4), leaf(0.8, 0.3, 4));
        gradcheck(in -> Normalization.groupNorm(in[0], 2, in[1], in[2], 1e-5),
                transposedLeaf(0.6, 1.7, 2, 4, 3), leaf(0.4, 1, 4), leaf(1.1, 0.2, 4));
        BatchNorm1d bn = NnFacade.batchNorm1d(3);
        bn.to(DType.FLOAT64);
        bn.forward(sin64(0.5, 2, 4, 3));
        bn.eval();
        gradcheck(in -> bn.forward(in[0]), leaf(0.5, 2, 4, 3));
    }

    /** Each normalization and GELU is one node with PyTorch's grad_fn name; the variants the layers do not reach, gradchecked. */
    @Test
    void normalizationsAndGeluAreOneNodeEach() {
        Tensor x = transposedLeaf(0.5, 2, 2, 3, 4);
        Tensor w = leaf(0.1, 1, 3), b = leaf(0.7, 0.5, 3);
        assertEquals("NativeBatchNormBackward0", Normalization.batchNorm(x, null, null, w, b, true, 0.1, 1e-5).gradFn().name());
        assertEquals("NativeLayerNormBackward0", Normalization.layerNorm(x, new int[] {4}, null, null, 1e-5).gradFn().name());
        assertEquals("NativeGroupNormBackward0", Normalization.groupNorm(x, 3, null, null, 1e-5).gradFn().name());
        assertEquals("GeluBackward0", NnFacade.gelu(x).gradFn().name());
        assertEquals("GeluBackward0", NnFacade.gelu(x, "tanh").gradFn().name());
        Tensor mean = sin64(0.2, 0.3, 3), var = sin64(0.4, 0.5, 3).abs().add(0.5);
        gradcheck(in -> Normalization.batchNorm(in[0], mean, var, in[1], in[2], false, 0.1, 1e-5), x, w, b);
        gradcheck(in -> Normalization.batchNorm(in[0], null, null, null, null, true, 0.1, 1e-5), x);
        gradcheck(in -> Normalization.layerNorm(in[0], new int[] {3, 4}, in[1], null, 1e-5), x, leaf(0.2, 1, 3, 4));
        gradcheck(in -> Normalization.layerNorm(in[0], new int[] {4}, null, null, 1e-5), x);
        gradcheck(in -> Normalization.groupNorm(in[0], 3, in[1], null, 1e-5), x, w);
        gradcheck(in -> Normalization.groupNorm(in[0], 1, null, in[1], 1e-5), x, b);
    }

    @Test
    void embeddingLooksUpRowsAndScattersGradients() {
        Tensor w = sin64(0.2, 1, 5, 3).requiresGrad_();
        Tensor idx = Create.ofLongs(new long[] {1, 4, 0, 1}, 2, 2);
        Tensor out = NnFacade.embedding(idx, w);
        assertValues(new double[] {0.745705212, 0.141120008, -0.529836141, 0.734397098, 0.124454424, -0.544021111,
            0.198669331, 0.78332691, 0.999573603, 0.745705212, 0.141120008, -0.529836141}, out, TOL);
        gradcheck(in -> NnFacade.embedding(idx, in[0]), w);
        Embedding emb = NnFacade.embedding(10, 3, 0);
        assertEquals("Embedding(10, 3, padding_idx=0)", emb.toString());
        assertEquals(0.0, emb.weight().get(0).abs().sum().itemDouble());
        emb.forward(Create.ofLongs(new long[] {0, 2, 0}, 3)).sum().backward();
        assertEquals(0.0, emb.weight().grad().get(0).abs().sum().itemDouble(), "padding row gets no gradient");
        assertEquals(3.0, emb.weight().grad().get(2).sum().itemDouble(), 1e-6);
        assertEquals("Embedding(10, 3, padding_idx=9)", NnFacade.embedding(10, 3, -1).toString());
        TensorError e = assertThrows(TensorError.class, () -> emb.forward(Create.ofLongs(new long[] {3, 10}, 2)));
        assertEquals("Embedding(10, 3, padding_idx=0): index 10 is out of range for 10 embeddings (valid indices are 0..9)", e.getMessage());
    }

    static final Tensor X = Create.ofDoubles(new double[] {-3, -1.5, -0.2, 0, 0.3, 1, 2.5, 25}, DType.FLOAT64, 8);

    private static void check(double[] expected, Activation module, UnaryOperator<Tensor> fn, String printed) {
        assertValues(expected, module.forward(X), TOL);
        assertValues(expected, fn.apply(X), TOL);
        assertEquals(printed, module.toString());
        // away from the kinks at 0, on a non-contiguous input
        gradcheck(in -> module.forward(in[0]), transposedLeaf(0.3, 2, 2, 3));
    }

    @Test
    void activationsMatchPyTorch() {
        check(new double[] {0.0474258732, 0.182425524, 0.450166003, 0.5, 0.574442517, 0.731058579, 0.92414182, 1},
                NnFacade.sigmoid(), NnFacade::sigmoid, "Sigmoid()");
        check(new double[] {-0.995054754, -0.905148254, -0.19737532, 0, 0.291312612, 0.761594156, 0.986614298, 1},
                NnFacade.tanh(), NnFacade::tanh, "Tanh()");
        check(new double[] {0, 0, 0, 0, 0.3, 1, 2.5, 25}, NnFacade.relu(), NnFacade::relu, "ReLU()");
        check(new double[] {-0.6, -0.3, -0.04, 0, 0.3, 1, 2.5, 25}, NnFacade.leakyRelu(0.2), x -> NnFacade.leakyRelu(x, 0.2),
                "LeakyReLU(negative_slope=0.2)");
        check(new double[] {-0.950212932, -0.77686984, -0.181269247, 0, 0.3, 1, 2.5, 25}, NnFacade.elu(), NnFacade::elu,
                "ELU(alpha=1.0)");
        check(new double[] {-0.475106466, -0.38843492, -0.0906346235, 0, 0.3, 1, 2.5, 25}, NnFacade.elu(0.5),
                x -> NnFacade.elu(x, 0.5), "ELU(alpha=0.5)");
        check(new double[] {-0.00404969409, -0.100210802, -0.0841480581, 0, 0.185373427, 0.841344746, 2.48447584, 25},
                NnFacade.gelu(), NnFacade::gelu, "GELU(approximate='none')");
        check(new double[] {-0.00363739208, -0.100428423, -0.0841485702, 0, 0.185370924, 0.841191991, 2.48491573, 25},
                NnFacade.gelu("tanh"), x -> NnFacade.gelu(x, "tanh"), "GELU(approximate='tanh')");
        check(new double[] {-0.14227762, -0.273638286, -0.0900332005, 0, 0.172332755, 0.731058579, 2.31035455, 25},
                NnFacade.silu(), NnFacade::swish, "SiLU()");
        check(new double[] {0.0485873516, 0.201413278, 0.598138869, 0.693147181, 0.854355244, 1.31326169, 2.57888973, 25},
                NnFacade.softplus(), NnFacade::softplus, "Softplus(beta=1, threshold=20)");
        check(new double[] {0.00123784257, 0.0242936758, 0.256507626, 0.34657359, 0.518743975, 1.06346401, 2.50335767, 25},
                NnFacade.softplus(2, 5), x -> NnFacade.softplus(x, 2, 5), "Softplus(beta=2, threshold=5)");
    }

    @Test
    void softmaxFamilyAndPrelu() {
        Tensor xs = sin64(0.5, 2, 2, 3);
        assertValues(new double[] {0.166208969, 0.410950571, 0.42284046, 0.747018709, 0.194337453, 0.0586438374},
                NnFacade.softmax(1).forward(xs), TOL);
        assertValues(new double[] {0.481969905, 0.898399789, 0.9678979, 0.518030095, 0.101600211, 0.0321020998},
                NnFacade.softmax(xs, 0), TOL);
        assertValues(new double[] {-1.79450943, -0.889282337, -0.860760334, -0.291665048, -1.63815918, -2.83627278},
                NnFacade.logSoftmax(1).forward(xs), TOL);
        assertEquals("LogSoftmax(dim=1)", NnFacade.logSoftmax(1).toString());
        Tensor a = Create.ofDoubles(new double[] {0.1, 0.2, 0.3}, DType.FLOAT64, 3);
        assertValues(new double[] {0.0998334166, 0.717356091, 0.997494987, 0.808496404, 0.239249329, -0.132756133,
            -0.0916165937, -0.0958924275, -0.110137109, 0.116549205, 0.72896904, 0.998543345},
                NnFacade.prelu(sin64(0.1, 1, 2, 3, 2), a), TOL);
        gradcheck(in -> NnFacade.prelu(in[0], in[1]), leaf(0.1, 1, 2, 3, 2), a.clone().requiresGrad_());
        PReLU p = NnFacade.prelu();
        assertEquals("PReLU(num_parameters=1)", p.toString());
        assertEquals(-1.0, p.forward(Create.ofDoubles(new double[] {-4}, DType.FLOAT32, 1)).getDouble(0), 1e-7);
        assertEquals(1, p.parameters().size());
    }

    @Test
    void softplusStaysFiniteForLargeInputs() {
        Tensor x = Create.ofDoubles(new double[] {-1000, 1000}, DType.FLOAT32, 2).requiresGrad_();
        Tensor y = NnFacade.softplus(x);
        y.sum().backward();
        assertValues(new double[] {0, 1000}, y, 1e-6);
        assertValues(new double[] {0, 1}, x.grad(), 1e-6);
        Tensor e = Create.ofDoubles(new double[] {1000}, DType.FLOAT32, 1).requiresGrad_();
        NnFacade.elu(e).sum().backward();
        assertValues(new double[] {1}, e.grad(), 0);
    }
}

package baeum.nn;

import static baeum.nn.NnTesting.assertShape;
import static baeum.nn.NnTesting.assertValues;
import static baeum.nn.NnTesting.gradcheck;
import static baeum.nn.NnTesting.leaf;
import static baeum.nn.NnTesting.sin64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.tensor.Create;
import baeum.storage.DType;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * RNN, LSTM, GRU and multi-head attention against PyTorch 1.13 (see {@link NnTesting}); the k-th
 * parameter (in named_parameters order) is {@code sinfill(shape, k, 0.5)}:
 * <pre>
 * xr = sinfill((4,2,3),.3); m = nn.LSTM(3, 4, num_layers=2).double(); setp(m); out, (h, c) = m(xr)
 * m = nn.LSTM(3, 4, batch_first=True).double(); setp(m); m(sinfill((2,4,3),.6), (sinfill((1,2,4),.2,.3), sinfill((1,2,4),.9,.3)))
 * mha = nn.MultiheadAttention(4, 2).double(); setp(mha); mha(sinfill((3,2,4),.1), sinfill((5,2,4),.4), sinfill((5,2,4),.8))
 * </pre>
 */
class RecurrentAttentionTest {
    private static final double TOL = 1e-7;
    static final Tensor XR = sin64(0.3, 1, 4, 2, 3);

    private static <M extends Module> M prepared(M m) {
        m.to(DType.FLOAT64);
        NnTesting.setParams(m);
        return m;
    }

    @Test
    void rnnMatchesPyTorch() {
        RNN rnn = prepared(NnFacade.rnn(3, 4, 2, false));
        assertEquals(List.of("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0", "weight_ih_l1", "weight_hh_l1",
                "bias_ih_l1", "bias_hh_l1"), List.copyOf(rnn.namedParameters().keySet()));
        RNNBase.Output r = rnn.forward(XR, null);
        assertShape(r.output(), 4, 2, 4);
        assertValues(new double[] {0.196082834, 0.446944851, 0.854644327, 0.112506558}, r.output().get(0, 0), TOL);
        assertValues(new double[] {0.0774725271, 0.739915507, 0.469610005, 0.794109314, 0.181487582, 0.654741128, 0.615600421,
            0.694518382}, r.output().get(3), TOL);
        assertValues(new double[] {0.865608952, 0.231213021, -0.950390583, 0.377257718, 0.117926883, 0.513402329,
            -0.769015673, -0.655533484}, r.h().get(0), TOL);
        RNN relu = prepared(NnFacade.rnn(3, 4, 1, "relu", true, false, 0, false));
        assertValues(new double[] {1.57665486, 0, 0, 0, 0.724109234, 0, 0, 0}, relu.forward(XR, null).h(), TOL);
        assertEquals("RNN(3, 4, num_layers=2)", rnn.toString());
    }

    /**
     * The same PyTorch cases in float32, where each layer and direction runs as one node over the
     * sequence ({@code LstmLayerNode}); then its gradients of the input, h0, c0 and every weight
     * against the float64 step-by-step graph, for a 2-layer bidirectional LSTM with every output used.
     */
    @Test
    void lstmInFloat32RunsTheSequenceAsOneNodeAndMatchesPyTorch() {
        double tol = 2e-6;
        LSTM lstm = prepared(NnFacade.lstm(3, 4, 2, false));
        lstm.to(DType.FLOAT32);
        RNNBase.Output r = lstm.forward(XR.to(DType.FLOAT32), null, null);
        assertValues(new double[] {-0.0962588571, 0.0552698702, 0.141406061, 0.144186176}, r.output().get(0, 0), tol);
        assertValues(new double[] {-0.292456853, 0.146681218, 0.198695084, 0.17232719}, r.output().get(3, 1), tol);
        assertValues(new double[] {0.054431281, 0.523687342, -0.0356395064, -0.671119752, 0.525669176, 0.30974588,
            -0.0191157383, -0.37266151, -0.487049074, 0.293071187, 0.549546028, 0.696687726, -0.482508909, 0.291464536,
            0.558280061, 0.697691598}, r.c(), tol);
        LSTM bf = prepared(NnFacade.lstm(3, 4, 1, true));
        bf.to(DType.FLOAT32);
        RNNBase.Output b = bf.forward(sin64(0.6, 1, 2, 4, 3).to(DType.FLOAT32), sin64(0.2, 0.3, 1, 2, 4).to(DType.FLOAT32),
                sin64(0.9, 0.3, 1, 2, 4).to(DType.FLOAT32));
        assertValues(new double[] {0.0845894217, 0.105034233, 0.00977005249, -0.201766033}, b.output().get(1, 3), tol);
        assertValues(new double[] {0.0410087096, 0.558375602, -0.167138961, -0.560777194, 0.399897386, 0.305534359,
            0.0179689378, -0.530931942}, b.c(), tol);

        LSTM bi64 = prepared(NnFacade.lstm(3, 4, 2, true, false, 0, true));
        LSTM bi32 = prepared(NnFacade.lstm(3, 4, 2, true, false, 0, true));
        bi32.to(DType.FLOAT32);
        Tensor[] grads64 = lstmGradients(bi64, DType.FLOAT64), grads32 = lstmGradients(bi32, DType.FLOAT32);
        for (int i = 0; i < grads64.length; i++) {
            assertValues(grads64[i].toDoubleArray(), grads32[i], 1e-4);
        }
    }

    /** d(sum of output·w + 2 h_n + 3 c_n) / d(input, h0, c0, every parameter), the input transposed (non-contiguous). */
    private static Tensor[] lstmGradients(LSTM lstm, DType dt) {
        Tensor x = sin64(0.3, 1, 2, 5, 3).to(dt).transpose(0, 1).detach().requiresGrad_();
        Tensor h0 = sin64(0.2, 0.3, 4, 2, 4).to(dt).requiresGrad_(), c0 = sin64(0.9, 0.3, 4, 2, 4).to(dt).requiresGrad_();
        RNNBase.Output r = lstm.forward(x, h0, c0);
        Tensor w = sin64(0.7, 1, 5, 2, 8).to(dt);
        r.output().mul(w).sum().add(r.h().sum().mul(2)).add(r.c().sum().mul(3)).backward();
        List<Tensor> out = new java.util.ArrayList<>(List.of(x.grad(), h0.grad(), c0.grad()));
        for (Tensor p : lstm.parameters()) out.add(p.grad());
        return out.toArray(Tensor[]::new);
    }

    @Test
    void lstmMatchesPyTorch() {
        LSTM lstm = prepared(NnFacade.lstm(3, 4, 2, false));
        RNNBase.Output r = lstm.forward(XR, null, null);
        assertValues(new double[] {-0.0962588571, 0.0552698702, 0.141406061, 0.144186176}, r.output().get(0, 0), TOL);
        assertValues(new double[] {-0.292456853, 0.146681218, 0.198695084, 0.17232719}, r.output().get(3, 1), TOL);
        assertValues(new double[] {0.0266096018, 0.154028845, -0.00982932281, -0.432590064, 0.124257852, 0.116568992,
            -0.00860526451, -0.173119621, -0.283921768, 0.154925147, 0.185063768, 0.181071205, -0.292456853, 0.146681218,
            0.198695084, 0.17232719}, r.h(), TOL);
        assertValues(new double[] {0.054431281, 0.523687342, -0.0356395064, -0.671119752, 0.525669176, 0.30974588,
            -0.0191157383, -0.37266151, -0.487049074, 0.293071187, 0.549546028, 0.696687726, -0.482508909, 0.291464536,
            0.558280061, 0.697691598}, r.c(), TOL);

        LSTM bf = prepared(NnFacade.lstm(3, 4, 1, true));
        RNNBase.Output b = bf.forward(sin64(0.6, 1, 2, 4, 3), sin64(0.2, 0.3, 1, 2, 4), sin64(0.9, 0.3, 1, 2, 4));
        assertShape(b.output(), 2, 4, 4);
        assertValues(new double[] {-0.0494959729, 0.196418053, 0.0263409186, -0.234092082}, b.output().get(0, 0), TOL);
        assertValues(new double[] {0.0845894217, 0.105034233, 0.00977005249, -0.201766033}, b.output().get(1, 3), TOL);
        assertValues(new double[] {0.0410087096, 0.558375602, -0.167138961, -0.560777194, 0.399897386, 0.305534359,
            0.0179689378, -0.530931942}, b.c(), TOL);
        assertEquals("LSTM(3, 4, batch_first=True)", bf.toString());
    }

    @Test
    void gruMatchesPyTorch() {
        GRU gru = prepared(NnFacade.gru(3, 4, 2, false));
        RNNBase.Output r = gru.forward(XR, null);
        assertValues(new double[] {-0.0423723986, -0.124718256, 0.432352234, 0.374094514}, r.output().get(0, 0), TOL);
        assertValues(new double[] {-0.0979541718, 0.769848101, 0.0951572737, -0.167389188, 0.440281068, 0.438752126,
            0.0975340508, 0.00960244526}, r.h().get(0), TOL);
        GRU noBias = prepared(NnFacade.gru(3, 4, 1, false, false, 0, false));
        assertEquals(2, noBias.parameters().size());
        assertValues(new double[] {-0.253765913, 0.491298079, 0.0587775785, -0.222068488, 0.125463982, -0.0146145235,
            0.0862748128, 0.171200994}, noBias.forward(XR).get(3), TOL);
        assertEquals("GRU(3, 4, bias=False)", noBias.toString());
    }

    @Test
    void bidirectionalLayersMatchPyTorch() {
        LSTM lstm = prepared(NnFacade.lstm(3, 4, 2, true, false, 0, true));
        assertEquals(List.of("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0", "weight_ih_l0_reverse",
                "weight_hh_l0_reverse", "bias_ih_l0_reverse", "bias_hh_l0_reverse", "weight_ih_l1"),
                List.copyOf(lstm.namedParameters().keySet()).subList(0, 9));
        NnTesting.assertShape(lstm.namedParameters().get("weight_ih_l1"), 16, 8);
        RNNBase.Output r = lstm.forward(XR, null, null);
        assertShape(r.output(), 4, 2, 8);
        assertShape(r.h(), 4, 2, 4);
        assertValues(new double[] {0.000337122985, -0.0806045897, -0.137822355, -0.166727539, 0.150128241, 0.142097839,
            0.0270464482, -0.140147637}, r.output().get(0, 0), TOL);
        assertValues(new double[] {-0.109156676, -0.129562223, -0.387121742, -0.308966093, 0.128822138, 0.0985491665,
            0.039736045, -0.0451418515}, r.output().get(3, 1), TOL);
        assertValues(new double[] {0.0266096018, 0.154028845, -0.00982932281, -0.432590064, -0.23127193, -0.0527540529,
            0.274365393, 0.0647910527, -0.0947365972, -0.102418971, -0.357349467, -0.282458006, 0.150128241, 0.142097839,
            0.0270464482, -0.140147637}, r.h().select(1, 0), TOL);
        assertValues(new double[] {0.525669176, 0.30974588, -0.0191157383, -0.37266151, -0.350437883, 0.126306372,
            0.375476191, 0.71270446, -0.246386889, -0.226725999, -0.605280755, -0.543724408, 0.466032505, 0.509550762,
            0.100702539, -0.259807102}, r.c().select(1, 1), TOL);
        GRU gru = prepared(NnFacade.gru(3, 4, 1, true, true, 0, true));
        RNNBase.Output g = gru.forward(sin64(0.6, 1, 2, 4, 3), null);
        assertValues(new double[] {0.427710082, -0.00381483975, 0.200425691, -0.010308, -0.51174503, 0.451120289,
            0.0446029094, 0.652130511}, g.output().get(1, 0), TOL);
        assertValues(new double[] {-0.0955515596, 0.751144731, -0.0723097355, -0.0997490882, 0.364232832, 0.402777067,
            0.109364574, -0.0060342458, -0.340671276, 0.00325367208, 0.734078207, 0.684279728, -0.51174503, 0.451120289,
            0.0446029094, 0.652130511}, g.h(), TOL);
        assertEquals("GRU(3, 4, batch_first=True, bidirectional=True)", gru.toString());
        gradcheck(in -> gru.forward(in[0]), leaf(0.6, 1, 1, 3, 3));
    }

    @Test
    void recurrentGradientsAndUnbatchedInput() {
        LSTM lstm = prepared(NnFacade.lstm(2, 3, 2, true));
        Tensor w = lstm.namedParameters().get("weight_hh_l1");
        gradcheck(in -> lstm.forward(in[0]), NnTesting.transposedLeaf(0.3, 1, 2, 3, 2), w);
        GRU gru = prepared(NnFacade.gru(2, 3));
        gradcheck(in -> gru.forward(in[0], in[1]).h(), leaf(0.3, 1, 3, 2, 2), leaf(0.5, 0.4, 1, 2, 3));
        RNN rnn = prepared(NnFacade.rnn(2, 3));
        gradcheck(in -> rnn.forward(in[0]), leaf(0.1, 1, 4, 1, 2));
        RNNBase.Output u = prepared(NnFacade.lstm(3, 4, 2, false)).forward(XR.select(1, 0), null, null);
        assertShape(u.output(), 4, 4);
        assertShape(u.h(), 2, 4);
        assertValues(new double[] {-0.283921768, 0.154925147, 0.185063768, 0.181071205}, u.output().get(3), TOL);
    }

    @Test
    void recurrentErrorsNameTheLayer() {
        TensorError e = assertThrows(TensorError.class, () -> NnFacade.lstm(10, 20, 2, true).forward(Create.randn(3, 5, 7)));
        assertEquals("LSTM(10, 20, num_layers=2, batch_first=True): expected input of shape (N, L, 10) or (L, 10), got (3, 5, 7)",
                e.getMessage());
        e = assertThrows(TensorError.class, () -> NnFacade.gru(3, 4).forward(Create.randn(5, 2, 3), Create.randn(1, 3, 4)));
        assertTrue(e.getMessage().contains("expected h0 of shape (1, 2, 4)"), e.getMessage());
    }

    @Test
    void multiheadAttentionMatchesPyTorch() {
        MultiheadAttention mha = prepared(NnFacade.multiheadAttention(4, 2));
        assertEquals(List.of("in_proj_weight", "in_proj_bias", "out_proj.weight", "out_proj.bias"),
                List.copyOf(mha.namedParameters().keySet()));
        Tensor q = sin64(0.1, 1, 3, 2, 4), k = sin64(0.4, 1, 5, 2, 4), v = sin64(0.8, 1, 5, 2, 4);
        MultiheadAttention.Output r = mha.forward(q, k, v, null, null, false);
        assertShape(r.output(), 3, 2, 4);
        assertValues(new double[] {-0.122070931, -0.306265273, -0.205253586, -0.931391843}, r.output().get(0, 0), TOL);
        assertValues(new double[] {0.144229237, -0.490572911, -0.124236206, -0.899756976}, r.output().get(2, 1), TOL);
        assertShape(r.weights(), 2, 3, 5);
        assertValues(new double[] {0.055356144, 0.111588607, 0.219998282, 0.315876979, 0.297179987}, r.weights().get(0, 0), TOL);
        Tensor kpm = Create.ofBooleans(new boolean[] {false, false, false, true, true, false, true, false, false, false}, 2, 5);
        MultiheadAttention.Output p = mha.forward(q, k, v, kpm, null, false);
        assertValues(new double[] {-0.338668205, -0.0776942873, -0.41938569, -0.756442724}, p.output().get(0, 0), TOL);
        assertValues(new double[] {0.14609552, 0.286551424, 0.567353056, 0, 0}, p.weights().get(0, 0), TOL);
        assertEquals("MultiheadAttention(\n  (out_proj): Linear(in_features=4, out_features=4, bias=True)\n)", mha.toString());
    }

    @Test
    void attentionMasksBatchFirst() {
        MultiheadAttention mha = prepared(NnFacade.multiheadAttention(4, 2, 0, true, true));
        Tensor x = sin64(0.3, 1, 2, 3, 4);
        MultiheadAttention.Output causal = mha.forward(x, x, x, null, null, true);
        assertValues(new double[] {-0.389199982, -0.0181027257, -0.481150915, -0.699641137}, causal.output().get(0, 0), TOL);
        assertValues(new double[] {0.115386296, -0.47900947, -0.11718393, -0.924610042}, causal.output().get(1, 2), TOL);
        assertValues(new double[] {1, 0, 0, 0.717282766, 0.282717234, 0, 0.155401258, 0.504300878, 0.340297864},
                causal.weights().get(0), TOL);
        MultiheadAttention.Output same = mha.forward(x, x, x, null, NnFacade.causalMask(3), false);
        assertValues(causal.output().toDoubleArray(), same.output(), 0);
        Tensor floatMask = sin64(0.5, 0.5, 3, 3);
        assertValues(new double[] {-0.00552493195, -0.429498438, -0.0895735023, -1.0261514},
                mha.forward(x, x, x, null, floatMask, false).output().get(0, 0), TOL);
        gradcheck(in -> mha.forward(in[0], in[0], in[0], null, null, true).output(), NnTesting.transposedLeaf(0.3, 1, 2, 3, 4));
        TensorError e = assertThrows(TensorError.class, () -> mha.forward(Create.randn(2, 3, 5)));
        assertTrue(e.getMessage().contains("expected query, key and value of shape (N, L, 4)"), e.getMessage());
    }
}

package baeum.nn;

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

import org.junit.jupiter.api.Test;

/**
 * Losses against PyTorch 1.13 (see {@link NnTesting}):
 * <pre>
 * a = sinfill((2,3),.2,1.5); b = sinfill((2,3),1.3,1.2); F.mse_loss(a, b, reduction=r), F.smooth_l1_loss(a, b, beta=.5), ...
 * p = sigmoid(a); y = [[1,0,1],[0,.3,1]]; wt = [.5,1,2]; F.binary_cross_entropy(p, y, weight=wt)
 * F.binary_cross_entropy_with_logits(a, y, weight=wt, pos_weight=[3,.5,1])
 * logits = sinfill((4,5),.3,2); t2 = [0,4,-100,1]; cw = [1,.5,2,1.5,.7]
 * F.cross_entropy(logits, t2, weight=cw, label_smoothing=.1, reduction=r)
 * </pre>
 */
class LossTest {
    private static final double TOL = 1e-7;
    static final Tensor A = sin64(0.2, 1.5, 2, 3);
    static final Tensor B = sin64(1.3, 1.2, 2, 3);

    private static Tensor of(double... v) {
        return Create.ofDoubles(v, DType.FLOAT64, v.length);
    }

    @Test
    void regressionLosses() {
        assertValues(new double[] {0.736620229, 0.00702804772, 0.973191224, 2.03121539, 1.42471091, 0.160515069},
                NnFacade.mseLoss().reduction("none").apply(A, B), TOL);
        assertValues(new double[] {0.888880145}, NnFacade.mseLoss(A, B), TOL);
        assertValues(new double[] {5.33328087}, NnFacade.mseLoss(A, B, "sum"), TOL);
        assertValues(new double[] {0.824677805}, NnFacade.l1Loss().apply(A, B), TOL);
        assertValues(new double[] {4.94806683}, NnFacade.l1Loss(A, B, "sum"), TOL);
        assertValues(new double[] {0.368310114, 0.00351402386, 0.486595612, 0.925207141, 0.693612545, 0.0802575346},
                NnFacade.smoothL1Loss().reduction("none").apply(A, B), TOL);
        assertValues(new double[] {0.426249495}, NnFacade.smoothL1Loss(A, B), TOL);
        assertValues(new double[] {0.605188863}, NnFacade.smoothL1Loss().beta(0.5).apply(A, B), TOL);
        assertValues(new double[] {3.63113318}, NnFacade.smoothL1Loss(A, B, "sum", 0.5), TOL);
        Tensor b = B.clone();
        gradcheck(in -> Losses.mseLoss(in[0], b, "mean"), leaf(0.2, 1.5, 2, 3));
        gradcheck(in -> Losses.smoothL1Loss(in[0], b, "sum", 0.5), leaf(0.2, 1.5, 2, 3));
        gradcheck(in -> Losses.l1Loss(in[0], b, "none"), NnTesting.transposedLeaf(0.2, 1.5, 2, 3));
    }

    static final Tensor Y = Create.ofDoubles(new double[] {1, 0, 1, 0, 0.3, 1}, DType.FLOAT64, 2, 3);
    static final Tensor WT = of(0.5, 1.0, 2.0);

    @Test
    void binaryCrossEntropy() {
        Tensor p = A.sigmoid();
        assertValues(new double[] {0.555205146, 1.44411783, 0.201529987, 1.40129068, 0.74107381, 1.16748415},
                NnFacade.bceLoss().reduction("none").apply(p, Y), TOL);
        assertValues(new double[] {0.918450267}, NnFacade.bceLoss(p, Y), TOL);
        assertValues(new double[] {5.90146783}, NnFacade.bceLoss().weight(WT).reduction("sum").apply(p, Y), TOL);
        assertValues(new double[] {100, 100, 0.693147181}, Losses.bceLoss(of(0, 1, 0.5), of(1, 0, 0.5), null, "none"), 1e-6);
        assertValues(new double[] {0.918450267}, NnFacade.bceWithLogitsLoss(A, Y), TOL);
        assertValues(new double[] {0.832807719, 1.44411783, 0.403059974, 0.70064534, 0.65213914, 2.3349683},
                NnFacade.bceWithLogitsLoss().weight(WT).posWeight(of(3, 0.5, 1)).reduction("none").apply(A, Y), TOL);
        assertValues(new double[] {1.06128972}, NnFacade.bceWithLogitsLoss(A, Y, WT, of(3, 0.5, 1), "mean"), TOL);
        gradcheck(in -> Losses.bceLoss(in[0].sigmoid(), Y, WT, "mean"), leaf(0.2, 1.5, 2, 3));
        gradcheck(in -> Losses.bceWithLogitsLoss(in[0], Y, WT, of(3, 0.5, 1), "sum"), leaf(0.2, 1.5, 2, 3));
        TensorError e = assertThrows(TensorError.class, () -> NnFacade.bceLoss(A, Y));
        assertTrue(e.getMessage().startsWith("bceLoss: all elements of input should be between 0 and 1"), e.getMessage());
        Tensor big = of(-200, 200).requiresGrad_();
        assertValues(new double[] {0, 0}, Losses.bceWithLogitsLoss(big, of(0, 1), null, null, "none"), 1e-12);
    }

    static final Tensor LOGITS = sin64(0.3, 2, 4, 5);
    static final Tensor T = Create.ofLongs(new long[] {0, 4, 2, 1}, 4);
    static final Tensor T2 = Create.ofLongs(new long[] {0, 4, -100, 1}, 4);
    static final Tensor CW = of(1.0, 0.5, 2.0, 1.5, 0.7);

    @Test
    void crossEntropyWithLabels() {
        assertValues(new double[] {2.37432787, 0.456906504, 1.55411151, 3.86751035}, NnFacade.crossEntropyLoss().reduction("none").apply(LOGITS, T), TOL);
        assertValues(new double[] {2.06321406}, NnFacade.crossEntropyLoss(LOGITS, T), TOL);
        assertValues(new double[] {8.25285623}, NnFacade.crossEntropyLoss().reduction("sum").apply(LOGITS, T), TOL);
        assertValues(new double[] {2.37432787, 0.319834553, 0, 1.93375518}, NnFacade.crossEntropyLoss(LOGITS, T2, CW, -100, "none", 0), TOL);
        assertValues(new double[] {2.10359891}, NnFacade.crossEntropyLoss().weight(CW).apply(LOGITS, T2), TOL);
        assertValues(new double[] {4.6279176}, NnFacade.crossEntropyLoss(LOGITS, T2, CW, -100, "sum", 0), TOL);
        assertValues(new double[] {2.3252716, 0.539380602, 0, 2.02337258},
                NnFacade.crossEntropyLoss().weight(CW).labelSmoothing(0.1).reduction("none").apply(LOGITS, T2), TOL);
        assertValues(new double[] {2.22182945}, NnFacade.crossEntropyLoss().weight(CW).labelSmoothing(0.1).apply(LOGITS, T2), TOL);
        assertValues(new double[] {4.88802478}, NnFacade.crossEntropyLoss(LOGITS, T2, CW, -100, "sum", 0.1), TOL);
        assertValues(new double[] {1.95950946}, NnFacade.crossEntropyLoss().ignoreIndex(0).apply(LOGITS, T), TOL);
        Tensor logp = LOGITS.logSoftmax(1);
        assertValues(new double[] {2.10359891}, NnFacade.nllLoss().weight(CW).apply(logp, T2), TOL);
        assertValues(new double[] {2.37432787, 0.319834553, 0, 1.93375518}, NnFacade.nllLoss(logp, T2, CW, -100, "none"), TOL);
        assertEquals("CrossEntropyLoss(label_smoothing=0.1)", NnFacade.crossEntropyLoss().labelSmoothing(0.1).toString());
        Tensor leafLogits = LOGITS.clone().requiresGrad_();
        assertEquals("NllLossBackward0", NnFacade.crossEntropyLoss(leafLogits, T).gradFn().name(), "grad_fn as PyTorch prints it");
        assertEquals("MseLossBackward0", NnFacade.mseLoss(leafLogits, LOGITS).gradFn().name());
        gradcheck(in -> Losses.crossEntropyLoss(in[0], T2, CW, -100, "mean", 0.1), NnTesting.transposedLeaf(0.3, 2, 4, 5));
    }

    @Test
    void crossEntropyWithProbabilitiesAndMoreDimensions() {
        Tensor prob = sin64(1.1, 1, 4, 5).softmax(1);
        assertValues(new double[] {1.59251379}, NnFacade.crossEntropyLoss(LOGITS, prob), TOL);
        assertValues(new double[] {1.66954438, 1.48422441, 1.46181841, 1.75446795}, NnFacade.crossEntropyLoss().reduction("none").apply(LOGITS, prob), TOL);
        assertValues(new double[] {7.97709965}, NnFacade.crossEntropyLoss(LOGITS, prob, CW, -100, "sum", 0.2), TOL);
        Tensor l3 = sin64(0.7, 1, 2, 3, 4);
        Tensor t3 = Create.ofLongs(new long[] {0, 2, 1, 2, 1, 1, 0, 2}, 2, 4);
        assertValues(new double[] {1.52010535}, NnFacade.crossEntropyLoss(l3, t3), TOL);
        assertValues(new double[] {0.643799059, 0.95769338, 2.67466024, 0.599417861, 2.06377321, 1.09177398, 1.99508393,
            2.13464111}, NnFacade.crossEntropyLoss().reduction("none").apply(l3, t3), TOL);
        assertValues(new double[] {1.43011559}, NnFacade.crossEntropyLoss(sin64(0.1, 1, 5), Create.ofLongs(new long[] {3})), TOL);
        gradcheck(in -> Losses.crossEntropyLoss(in[0], prob, CW, -100, "mean", 0.2), leaf(0.3, 2, 4, 5));
        gradcheck(in -> Losses.crossEntropyLoss(in[0], t3, null, -100, "mean", 0), leaf(0.7, 1, 2, 3, 4));
    }

    /** Each loss is one node with PyTorch's grad_fn name; its backward checked in every input, on non-contiguous leaves. */
    @Test
    void eachLossIsOneNodeDifferentiableInEveryInput() {
        Tensor a = leaf(0.2, 1.5, 2, 3);
        assertEquals("MseLossBackward0", Losses.mseLoss(a, B, "none").gradFn().name());
        assertEquals("SmoothL1LossBackward0", Losses.smoothL1Loss(a, B, "mean", 1).gradFn().name());
        assertEquals("BinaryCrossEntropyBackward0", Losses.bceLoss(a.sigmoid(), Y, null, "mean").gradFn().name());
        assertEquals("BinaryCrossEntropyWithLogitsBackward0", Losses.bceWithLogitsLoss(a, Y, null, null, "sum").gradFn().name());
        assertEquals("NllLossBackward0", Losses.nllLoss(LOGITS.clone().requiresGrad_().logSoftmax(1), T2, CW, -100, "none")
                .gradFn().name());
        for (String r : new String[] {"none", "mean", "sum"}) {
            gradcheck(in -> Losses.mseLoss(in[0], in[1], r), NnTesting.transposedLeaf(0.2, 1.5, 2, 3), leaf(1.3, 1.2, 2, 3));
            gradcheck(in -> Losses.smoothL1Loss(in[0], in[1], r, 0.5), NnTesting.transposedLeaf(0.2, 1.5, 2, 3),
                    leaf(1.3, 1.2, 2, 3));
            gradcheck(in -> Losses.smoothL1Loss(in[0], in[1], r, 0), NnTesting.transposedLeaf(0.2, 1.5, 2, 3),
                    leaf(1.3, 1.2, 2, 3));
            gradcheck(in -> Losses.bceLoss(in[0].sigmoid(), in[1], in[2], r), NnTesting.transposedLeaf(0.2, 1.5, 2, 3),
                    Y.clone().requiresGrad_(), WT.clone().requiresGrad_());
            gradcheck(in -> Losses.bceWithLogitsLoss(in[0], in[1], in[2], in[3], r), NnTesting.transposedLeaf(0.2, 1.5, 2, 3),
                    Y.clone().requiresGrad_(), WT.clone().requiresGrad_(), of(3, 0.5, 1).requiresGrad_());
            gradcheck(in -> Losses.nllLoss(in[0], T2, CW, -100, r), NnTesting.transposedLeaf(0.3, 2, 4, 5));
            gradcheck(in -> Losses.nllLoss(in[0].logSoftmax(0), Create.ofLongs(new long[] {3}), null, -100, r),
                    leaf(0.1, 1, 5));
        }
        gradcheck(in -> Losses.nllLoss(in[0], Create.ofLongs(new long[] {0, 2, 1, 2, 1, 1, 0, 2}, 2, 4), null, 1, "mean"),
                NnTesting.transposedLeaf(0.7, 1, 2, 3, 4));
    }

    @Test
    void badLabelsAndShapesAreNamed() {
        Tensor bad = Create.ofLongs(new long[] {0, 5, 1, 1}, 4);
        TensorError e = assertThrows(TensorError.class, () -> NnFacade.crossEntropyLoss(LOGITS, bad));
        assertEquals("crossEntropyLoss: label 5 is out of range for 5 classes (valid labels are 0..4, or ignoreIndex -100);"
                + " check the labels or the number of outputs of the model", e.getMessage());
        e = assertThrows(TensorError.class, () -> NnFacade.nllLoss(LOGITS, Create.ofLongs(new long[] {-1, 0, 0, 0}, 4)));
        assertTrue(e.getMessage().startsWith("nllLoss: label -1 is out of range for 5 classes"), e.getMessage());
        e = assertThrows(TensorError.class, () -> NnFacade.crossEntropyLoss(LOGITS, Create.ofLongs(new long[] {0, 1}, 2)));
        assertTrue(e.getMessage().contains("needs class labels of shape (4"), e.getMessage());
        e = assertThrows(TensorError.class, () -> NnFacade.mseLoss(Create.randn(4, 1), Create.randn(4)));
        assertTrue(e.getMessage().startsWith("mseLoss: input (4, 1) and target (4) must have the same shape"), e.getMessage());
        assertThrows(TensorError.class, () -> NnFacade.mseLoss().reduction("avg"));
    }

    @Test
    void oneHotAndGradientUtilities() {
        Tensor oh = NnFacade.oneHot(Create.ofLongs(new long[] {0, 2}, 2), 3);
        assertEquals(DType.INT64, oh.dtype());
        assertValues(new double[] {1, 0, 0, 0, 0, 1}, oh, 0);
        NnTesting.assertShape(NnFacade.oneHot(Create.ofLongs(new long[] {1, 3, 0, 2}, 2, 2)), 2, 2, 4);
        TensorError e = assertThrows(TensorError.class, () -> NnFacade.oneHot(Create.ofLongs(new long[] {3}, 1), 3));
        assertEquals("oneHot: label 3 is out of range for 3 classes (valid labels are 0..2); pass the right number of classes",
                e.getMessage());

        Tensor w = of(3, -4).requiresGrad_();
        Tensor v = of(12).requiresGrad_();
        w.mul(w).mul(0.5).sum().add(v.mul(1)).sum().backward();      // grads (3, -4) and (1): norm sqrt(26)
        Tensor norm = NnFacade.clipGradNorm(java.util.List.of(w, v), 1.0);
        assertEquals(Math.sqrt(26), norm.itemDouble(), 1e-6);
        double c = 1.0 / (Math.sqrt(26) + 1e-6);
        assertValues(new double[] {3 * c, -4 * c}, w.grad(), 1e-7);
        assertEquals(4 * c, NnFacade.clipGradNorm(java.util.List.of(w), 10, Double.POSITIVE_INFINITY).itemDouble(), 1e-7);
        NnFacade.clipGradValue(java.util.List.of(w, v), 0.5);
        assertValues(new double[] {0.5, -0.5}, w.grad(), 1e-7);
        assertValues(new double[] {c}, v.grad(), 1e-7);

        Tensor p = of(1, -2).requiresGrad_();
        assertEquals(3.0, NnFacade.l1Penalty(java.util.List.of(p)).itemDouble());
        Tensor l2 = NnFacade.l2Penalty(java.util.List.of(p, of(3)));
        assertEquals(14.0, l2.itemDouble());
        l2.backward();
        assertValues(new double[] {2, -4}, p.grad(), 0);
    }
}

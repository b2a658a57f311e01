package baeum.nn;

import static baeum.nn.NnTesting.assertShape;
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

import org.junit.jupiter.api.Test;

/**
 * Linear, convolution and pooling against PyTorch 1.13. Reference script (see {@link NnTesting}):
 * <pre>
 * F.linear(sinfill((2,3),.1), sinfill((4,3),.2,.5), sinfill((4,),.3,.1))
 * x = sinfill((2,3,5,6)); w = sinfill((4,3,3,2),1,.3); b = sinfill((4,),2,.2); F.conv2d(x, w, b)
 * F.conv2d(sinfill((2,2,7,6),.3), sinfill((4,1,3,3),.5,.3), b, stride=(2,1), padding=(1,2), dilation=(2,1), groups=2)
 * F.conv1d(sinfill((2,2,7),.4), sinfill((3,2,3),.9,.4), sinfill((3,),.1,.3), stride=2, padding=1)
 * xp = sinfill((1,2,5,5),.2); F.max_pool2d(xp, 2); F.max_pool2d(xp, 3, stride=2, padding=1); ...
 * </pre>
 */
class ConvPoolTest {
    private static final double TOL = 1e-7;

    static final double[] LINEAR = {0.818965933, -0.0922675504, -0.512122935, 0.861175128, -0.0175969177, 0.519710185,
        -0.293469236, 0.0284244557};

    @Test
    void linearMatchesPyTorch() {
        Linear fc = new Linear(3, 4);
        fc.to(DType.FLOAT64);
        NnTesting.fill(fc.weight(), 0.2, 0.5);
        NnTesting.fill(fc.bias(), 0.3, 0.1);
        assertValues(LINEAR, fc.forward(sin64(0.1, 1, 2, 3)), TOL);
        Linear f32 = new Linear(3, 4);
        NnTesting.fill(f32.weight(), 0.2, 0.5);
        NnTesting.fill(f32.bias(), 0.3, 0.1);
        assertValues(LINEAR, f32.forward(NnTesting.sin(DType.FLOAT32, 0.1, 1, 2, 3)), 1e-6);
        gradcheck(in -> Functions.linear(in[0], in[1], in[2]), transposedLeaf(0.1, 1, 2, 3), leaf(0.2, 0.5, 4, 3), leaf(0.3, 0.1, 4));
    }

    @Test
    void linearNamesItselfOnAWrongInput() {
        TensorError e = assertThrows(TensorError.class, () -> new Linear(784, 256).forward(Create.randn(64, 28, 28)));
        assertEquals("Linear(in_features=784, out_features=256, bias=True): expected input of shape (*, 784), got (64, 28, 28);"
                + " the last dimension must be in_features=784", e.getMessage());
    }

    @Test
    void conv2dMatchesPyTorch() {
        double[] expected = {-0.658502663, 0.534215278, 1.56121478, 1.93948194, 1.49111179, -0.752436065, -1.49243816,
            -1.44499191, -0.63241203, 0.563132468, 1.93831864, 1.47118877, 0.397667191, -0.777352124, -1.50123923};
        Tensor out = NnFacade.conv2d(sin64(0, 1, 2, 3, 5, 6), sin64(1, 0.3, 4, 3, 3, 2), sin64(2, 0.2, 4));
        assertShape(out, 2, 4, 3, 5);
        double[] first = java.util.Arrays.copyOf(out.toDoubleArray(), expected.length);
        assertValues(expected, Create.ofDoubles(first, DType.FLOAT64, expected.length), TOL);
        assertEquals(-1.91740777, out.getDouble(1, 3, 2, 4), TOL);
    }

    @Test
    void conv2dWithStridePaddingDilationGroups() {
        Tensor out = Convolutions.conv2d(sin64(0.3, 1, 2, 2, 7, 6), sin64(0.5, 0.3, 4, 1, 3, 3), sin64(2, 0.2, 4),
                new int[] {2, 1}, new int[] {1, 2}, new int[] {2, 1}, 2);
        assertShape(out, 2, 4, 3, 8);
        assertEquals(0.385902586, out.getDouble(0, 0, 0, 0), TOL);
        assertEquals(0.305829736, out.getDouble(0, 0, 0, 1), TOL);
        assertEquals(-0.193961931, out.getDouble(0, 0, 0, 2), TOL);
        assertEquals(-0.302955498, out.getDouble(1, 3, 2, 7), TOL);
        assertEquals(-0.522045863, out.getDouble(1, 3, 2, 6), TOL);
    }

    @Test
    void conv2dLayerPrintsAndChecksItsInput() {
        Conv2d c = NnFacade.conv2d(4, 8, new int[] {3, 3}, new int[] {2, 2}, new int[] {1, 1}, new int[] {2, 2}, 2, false);
        assertEquals("Conv2d(4, 8, kernel_size=(3, 3), stride=(2, 2), padding=(1, 1), dilation=(2, 2), groups=2, bias=False)",
                c.toString());
        assertShape(c.weight(), 8, 2, 3, 3);
        Conv2d lenet = NnFacade.conv2d(1, 6, 5);
        assertEquals("Conv2d(1, 6, kernel_size=(5, 5), stride=(1, 1))", lenet.toString());
        assertShape(lenet.forward(Create.randn(2, 1, 28, 28)), 2, 6, 24, 24);
        TensorError e = assertThrows(TensorError.class, () -> lenet.forward(Create.randn(2, 3, 28, 28)));
        assertEquals("Conv2d(1, 6, kernel_size=(5, 5), stride=(1, 1)): expected input of shape (N, 1, H, W) or (1, H, W),"
                + " got (2, 3, 28, 28)", e.getMessage());
        e = assertThrows(TensorError.class, () -> lenet.forward(Create.randn(1, 1, 3, 3)));
        assertTrue(e.getMessage().contains("smaller than the (dilated) kernel (5, 5)"), e.getMessage());
        NnTesting.assertShape(NnFacade.conv2d(1, 2, 3, "same").forward(Create.randn(1, 1, 7, 5)), 1, 2, 7, 5);
        NnTesting.assertShape(NnFacade.conv1d(1, 2, 5, "same").forward(Create.randn(1, 1, 7)), 1, 2, 7);
        NnTesting.assertShape(NnFacade.conv2d(1, 2, 3, "valid").forward(Create.randn(1, 1, 7, 5)), 1, 2, 5, 3);
        assertThrows(TensorError.class, () -> NnFacade.conv2d(1, 2, 4, "same"));
        double bound = 1 / Math.sqrt(25);
        assertTrue(lenet.weight().abs().max().itemDouble() <= bound && lenet.bias().abs().max().itemDouble() <= bound);
    }

    @Test
    void conv1dMatchesPyTorch() {
        double[] expected = {0.734225228, 0.433420091, -0.388484424, -0.53391067, -0.195111725, 0.0927530547, 0.789924612,
            0.8102362, -0.00270048581, 0.0158470043, 0.154159719, 0.279670013, -0.63287408, -0.164334452, 0.595767879,
            0.593701835, 0.460855273, 0.107668909, -0.401392466, -0.204194577, 0.721208983, 0.59897623, 0.338019593, 0.14672884};
        Tensor out = NnFacade.conv1d(sin64(0.4, 1, 2, 2, 7), sin64(0.9, 0.4, 3, 2, 3), sin64(0.1, 0.3, 3), 2, 1, 1, 1);
        assertValues(expected, out, TOL);
        assertEquals("Conv1d(3, 4, kernel_size=(3,), stride=(1,))", NnFacade.conv1d(3, 4, 3).toString());
    }

    @Test
    void convolutionGradients() {
        gradcheck(in -> Convolutions.conv2d(in[0], in[1], in[2], new int[] {2, 1}, new int[] {1, 2}, new int[] {2, 1}, 2),
                transposedLeaf(0.3, 1, 1, 2, 5, 4), leaf(0.5, 0.3, 4, 1, 3, 2), leaf(2, 0.2, 4));
        gradcheck(in -> NnFacade.conv1d(in[0], in[1], null, 2, 1, 2, 1), leaf(0.4, 1, 2, 2, 7), leaf(0.9, 0.4, 3, 2, 2));
    }

    /**
     * F.conv_transpose2d(sinfill((2,4,3,2),.3), sinfill((4,3,3,2),.7,.4), sinfill((3,),.2,.3), stride=(2,1),
     * padding=(1,0), output_padding=(1,0), dilation=(1,2)); F.conv_transpose2d(x, sinfill((4,1,2,2),.1,.5), None, stride=2, groups=2)
     */
    @Test
    void transposedConvolutionMatchesPyTorch() {
        Tensor x = sin64(0.3, 1, 2, 4, 3, 2);
        Tensor y = NnFacade.convTranspose2d(x, sin64(0.7, 0.4, 4, 3, 3, 2), sin64(0.2, 0.3, 3), new int[] {2, 1},
                new int[] {1, 0}, new int[] {1, 0}, 1, new int[] {1, 2});
        assertShape(y, 2, 3, 6, 4);
        double[] all = y.toDoubleArray();
        assertValues(new double[] {0.156175355, 0.337146382, 0.0837433006, 0.149847275, 0.265191347, 0.0919849915, 0.33202529,
            0.0148746206, 0.387583385, 0.283765052}, Create.ofDoubles(java.util.Arrays.copyOf(all, 10), DType.FLOAT64, 10), TOL);
        assertValues(new double[] {-0.0334716931, -0.0756667537, 0.1048134, 0.0740782181, 0.334837639, 0.330017572},
                Create.ofDoubles(java.util.Arrays.copyOfRange(all, all.length - 6, all.length), DType.FLOAT64, 6), TOL);
        Tensor g = NnFacade.convTranspose2d(x, sin64(0.1, 0.5, 4, 1, 2, 2), null, new int[] {2, 2}, new int[] {0, 0},
                new int[] {0, 0}, 2, new int[] {1, 1});
        assertShape(g, 2, 2, 6, 4);
        assertEquals(4.88897379, g.sum().itemDouble(), TOL);
        assertValues(new double[] {-0.102185317, 0.322285141, -0.0636795052, 0.497290541}, g.get(0, 0, 0), TOL);
        gradcheck(in -> NnFacade.convTranspose2d(in[0], in[1], in[2], new int[] {2, 1}, new int[] {1, 0}, new int[] {1, 0}, 1,
                new int[] {1, 2}), transposedLeaf(0.3, 1, 1, 2, 3, 2), leaf(0.7, 0.4, 2, 3, 3, 2), leaf(0.2, 0.3, 3));
        gradcheck(in -> NnFacade.convTranspose2d(in[0], in[1], null, new int[] {2, 2}, new int[] {0, 0}, new int[] {1, 1}, 2,
                new int[] {1, 1}), leaf(0.3, 1, 1, 4, 2, 2), leaf(0.1, 0.5, 4, 1, 2, 2));
        assertEquals("ConvTranspose2d(16, 8, kernel_size=(3, 3), stride=(2, 2), padding=(1, 1), output_padding=(1, 1))",
                NnFacade.convTranspose2d(16, 8, 3, 2, 1, 1).toString());
        assertEquals("ConvTranspose2d(16, 8, kernel_size=(4, 4), stride=(1, 1), dilation=(2, 2), groups=2, bias=False)",
                NnFacade.convTranspose2d(16, 8, new int[] {4, 4}, new int[] {1, 1}, new int[] {0, 0}, new int[] {0, 0}, 2, false,
                        new int[] {2, 2}).toString());
        ConvTranspose2d up = NnFacade.convTranspose2d(16, 8, 3, 2, 1, 1);
        assertShape(up.forward(Create.randn(2, 16, 7, 7)), 2, 8, 14, 14);
        assertShape(up.weight(), 16, 8, 3, 3);
        assertTrue(up.weight().abs().max().itemDouble() <= 1 / Math.sqrt(8 * 9));
        TensorError e = assertThrows(TensorError.class, () -> up.forward(Create.randn(2, 8, 7, 7)));
        assertTrue(e.getMessage().startsWith("ConvTranspose2d(16, 8, kernel_size=(3, 3)") && e.getMessage().contains("got (2, 8, 7, 7)"),
                e.getMessage());
    }

    /**
     * Output padding up to the dilation (here 1 with stride 1, dilation 2, as PyTorch allows): the
     * transposed convolution stays the adjoint of conv2d, {@code <convT(x), y> = <x0, conv2d(y)>}
     * with x0 the input with zeros where conv2d(y) reaches beyond it.
     */
    @Test
    void transposedConvolutionWithOutputPaddingBeyondTheStride() {
        Tensor x = sin64(0.3, 1, 2, 2, 3, 4), w = sin64(0.7, 0.4, 2, 3, 2, 2);
        int[] one = {1, 1}, none = {0, 0}, dil = {2, 2};
        Tensor up = NnFacade.convTranspose2d(x, w, null, one, none, one, 1, dil);
        assertShape(up, 2, 3, 6, 7);
        Tensor y = sin64(0.9, 0.5, 2, 3, 6, 7);
        Tensor back = Convolutions.conv2d(y, w, null, one, none, dil, 1);
        assertShape(back, 2, 2, 4, 5);
        Tensor x0 = Create.full(new int[] {2, 2, 4, 5}, 0, DType.FLOAT64);
        x0.narrow(2, 0, 3).narrow(3, 0, 4).copy_(x);
        assertEquals(x0.mul(back).sum().itemDouble(), up.mul(y).sum().itemDouble(), 1e-9);
        gradcheck(in -> NnFacade.convTranspose2d(in[0], in[1], in[2], one, none, one, 1, dil),
                transposedLeaf(0.3, 1, 1, 2, 4, 3), leaf(0.7, 0.4, 2, 3, 2, 2), leaf(0.2, 0.3, 3));
    }

    static final Tensor XP = sin64(0.2, 1, 1, 2, 5, 5);

    @Test
    void maxPoolMatchesPyTorch() {
        assertValues(new double[] {0.78332691, 0.999573603, 0.998941342, 0.734397098, 0.711161223, 0.813673738, 0.264088521,
            0.995351105}, NnFacade.maxPool2d(XP, 2), TOL);
        assertValues(new double[] {0.78332691, 0.999573603, 0.745705212, 0.998941342, 0.998941342, 0.803784427, 0.998026653,
            0.72288135, 0.803784427, 0.711161223, 0.813673738, 0.996829794, 0.711161223, 0.995351105, 0.995351105, 0.832759485,
            0.993591003, 0.687121146}, NnFacade.maxPool2d(XP, 3, 2, 1), TOL);
        assertValues(new double[] {0.78332691, 0.999573603, 0.215119988, 0.998941342, 0.734397098, 0.803784427, 0.998026653,
            0.107753652, -0.961397492, 0.711161223, 0.813673738, 0.996829794, 0.264088521, 0.995351105, 0.699240032, 0.832759485,
            0.993591003, 0.0574874781}, NnFacade.maxPool2d(2, 2, 0, 1, true).forward(XP), TOL);
        assertValues(new double[] {0.999573603, 0.998941342, 0.999573603, -0.449647465, 0.231509825, 0.803784427, 0.998026653,
            0.998941342, 0.734397098, 0.823333001, 0.995351105, 0.996829794, 0.711161223, 0.0910224162, -0.404037645, 0.993591003,
            0.995351105, 0.993591003}, NnFacade.maxPool2d(2, 1, 0, 2, false).forward(XP), TOL);
        assertEquals("MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)", NnFacade.maxPool2d(2).toString());
    }

    @Test
    void avgPoolMatchesPyTorch() {
        assertValues(new double[] {-0.124860494, 0.0887154884, -0.0208385841, 0.16017847, -0.136241108, -0.119076466,
            -0.166661072, -0.0124349677}, NnFacade.avgPool2d(XP, 2), TOL);
        assertValues(new double[] {-0.0554935527, 0.0207318655, 0.0708158921, -0.173865839, -0.180188026, 0.0406939303,
            -0.0172283933, -0.0960981594, -0.0537950568, -0.0605516036, -0.0910943411, -0.00677366494, 0.0150599278,
            -0.202008898, -0.16435903, 0.0668506401, 0.00660114644, -0.0619719182}, NnFacade.avgPool2d(XP, 3, 2, 1), TOL);
        assertValues(new double[] {-0.124860494, 0.0310977982, 0.159335757, -0.260798759, -0.180188026, 0.0610408955,
            -0.0387638849, -0.144147239, -0.121038878, -0.136241108, -0.136641512, -0.0152407461, 0.0225898917, -0.202008898,
            -0.246538545, 0.15041394, 0.00990171966, -0.139436816}, NnFacade.avgPool2d(3, 2, 1, false, false).forward(XP), TOL);
        assertValues(new double[] {-0.124860494, 0.0887154884, 0.178119998, -0.0208385841, 0.16017847, 0.129881658,
            0.860454001, -0.225149309, -0.961397492, -0.136241108, -0.119076466, 0.0456257161, -0.166661072, -0.0124349677,
            0.147601193, 0.556513828, 0.840356074, 0.0574874781}, NnFacade.avgPool2d(2, 2, 0, true, true).forward(XP), TOL);
        assertEquals("AvgPool2d(kernel_size=2, stride=2, padding=0)", NnFacade.avgPool2d(2).toString());
    }

    @Test
    void adaptiveAvgPoolMatchesPyTorch() {
        assertValues(new double[] {0.215527872, 0.227153295, 0.0362960569, 0.272925611, 0.11032327, -0.150620366,
            -0.116706138, 0.14032484, 0.272271359, 0.0743972277, 0.238020327, 0.189473979}, NnFacade.adaptiveAvgPool2d(XP, 2, 3), TOL);
        assertValues(new double[] {0.0535197891, 0.0600010658}, NnFacade.adaptiveAvgPool2d(1).forward(XP), TOL);
        assertEquals("AdaptiveAvgPool2d(output_size=(2, 3))", NnFacade.adaptiveAvgPool2d(2, 3).toString());
        assertShape(NnFacade.adaptiveAvgPool2d(1).forward(Create.randn(2, 5, 5)), 2, 1, 1);
    }

    @Test
    void poolingGradients() {
        gradcheck(in -> Pooling.maxPool2d(in[0], new int[] {3, 2}, new int[] {2, 1}, new int[] {1, 1}, new int[] {1, 2}, true),
                transposedLeaf(0.2, 1, 1, 2, 5, 6));
        gradcheck(in -> NnFacade.avgPool2d(3, 2, 1, true, false).forward(in[0]), transposedLeaf(0.2, 1, 2, 1, 5, 5));
        gradcheck(in -> NnFacade.adaptiveAvgPool2d(in[0], 2, 3), transposedLeaf(0.2, 1, 1, 2, 5, 5));
        Tensor expanded = Create.ofDoubles(new double[] {1, 2, 3, 4}, DType.FLOAT64, 1, 1, 1, 4).expand(1, 2, 3, 4);
        assertValues(new double[] {2, 4, 2, 4}, NnFacade.maxPool2d(expanded, 2), 0);
    }

    @Test
    void float32PathsAgreeWithFloat64() {
        Tensor x64 = sin64(0.2, 1, 2, 3, 6, 5);
        Tensor x32 = x64.to(DType.FLOAT32);
        Tensor w64 = sin64(0.5, 0.3, 4, 3, 3, 2);
        assertValues(NnFacade.conv2d(x64, w64, null, 2, 1, 1, 1).toDoubleArray(),
                NnFacade.conv2d(x32, w64.to(DType.FLOAT32), null, 2, 1, 1, 1), 1e-6);
        assertValues(NnFacade.maxPool2d(x64, 3, 2, 1).toDoubleArray(), NnFacade.maxPool2d(x32, 3, 2, 1), 1e-6);
        assertValues(NnFacade.avgPool2d(x64, 3, 2, 1).toDoubleArray(), NnFacade.avgPool2d(x32, 3, 2, 1), 1e-6);
        assertValues(NnFacade.adaptiveAvgPool2d(x64, 4, 3).toDoubleArray(), NnFacade.adaptiveAvgPool2d(x32, 4, 3), 1e-6);
        Tensor x = x32.clone().requiresGrad_();
        NnFacade.maxPool2d(x, 2).sum().backward();
        assertEquals(2 * 3 * 3 * 2, x.grad().sum().itemDouble(), 1e-6, "one unit of gradient per window");
        assertEquals(DType.FLOAT32, x.grad().dtype());
    }

    @Test
    void longLoopsStopOnAnInterrupt() {
        Thread.currentThread().interrupt();
        try {
            var e = assertThrows(java.util.concurrent.CancellationException.class, () -> NnFacade.maxPool2d(XP, 2));
            assertEquals("pooling: interrupted", e.getMessage());
            e = assertThrows(java.util.concurrent.CancellationException.class,
                    () -> NnFacade.conv2d(XP, sin64(0.5, 0.3, 1, 2, 2, 2), null));
            assertEquals("conv2d: interrupted", e.getMessage());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void poolingRefusesBadSettings() {
        TensorError e = assertThrows(TensorError.class, () -> NnFacade.maxPool2d(XP, 2, 2, 2));
        assertTrue(e.getMessage().startsWith("maxPool2d: padding (2, 2) should be at most half of kernel size (2, 2)"), e.getMessage());
        e = assertThrows(TensorError.class, () -> NnFacade.maxPool2d(2).forward(Create.randn(4, 4)));
        assertTrue(e.getMessage().contains("expected input of shape (N, C, H, W) or (C, H, W), got (4, 4)"), e.getMessage());
    }
}

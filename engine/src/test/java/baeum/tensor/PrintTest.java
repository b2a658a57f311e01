package baeum.tensor;

import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Expected strings are PyTorch 1.13's own printouts of the same tensors. */
class PrintTest {
    @Test
    void columnAndScalar() {
        assertEquals("tensor([[0.2126],\n        [0.7152],\n        [0.0722]])",
                tensor(0.2126f, 0.7152f, 0.0722f).unsqueeze(-1).toString());
        assertEquals("tensor(7.)", tensor(7f).toString());
        assertEquals("tensor(3)", tensor(3).toString());
    }

    @Test
    void integersAlignRight() {
        assertEquals("tensor([[ 0,  1,  2,  3],\n        [ 4,  5,  6,  7],\n        [ 8,  9, 10, 11]])",
                arange(12).view(3, 4).toString());
        assertEquals("tensor([[       0,  1000000,  2000000,  3000000,  4000000,  5000000,  6000000,\n"
                + "          7000000,  8000000,  9000000],\n"
                + "        [10000000, 11000000, 12000000, 13000000, 14000000, 15000000, 16000000,\n"
                + "         17000000, 18000000, 19000000]])", arange(20).view(2, 10).mul(1000000).toString());
        assertEquals("tensor([ True, False])", tensor(true, false).toString());
    }

    @Test
    void floatsGradFlagsAndDtype() {
        assertEquals("tensor([[[ 0.1000]],\n\n        [[-2.5000]],\n\n        [[ 3.0000]]])",
                tensor(0.1f, -2.5f, 3.0f).view(3, 1, 1).toString());
        assertEquals("tensor([2., 4.], grad_fn=<MulBackward0>)", tensor(1f, 2f).requiresGrad_().mul(2).toString());
        assertEquals("tensor([   nan, 1.5000,    inf])",
                tensor(Float.NaN, 1.5f, Float.POSITIVE_INFINITY).toString());
        assertEquals("tensor([-0.0000e+00, 1.0000e+09])", tensor(-0.0f, 1e9f).toString());
        assertEquals("tensor([[[0.0000, 0.1429, 0.2857, 0.4286, 0.5714],\n"
                + "         [0.7143, 0.8571, 1.0000, 1.1429, 1.2857],\n"
                + "         [1.4286, 1.5714, 1.7143, 1.8571, 2.0000]],\n\n"
                + "        [[2.1429, 2.2857, 2.4286, 2.5714, 2.7143],\n"
                + "         [2.8571, 3.0000, 3.1429, 3.2857, 3.4286],\n"
                + "         [3.5714, 3.7143, 3.8571, 4.0000, 4.1429]]])",
                arange(30.0).view(2, 3, 5).div(7).toString());
        String row = "1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1.,";
        assertEquals("tensor([[" + row + "\n         " + row + "\n         1., 1., 1., 1.],\n        [" + row
                + "\n         " + row + "\n         1., 1., 1., 1.]], dtype=torch.float64, requires_grad=True)",
                ones(2, 40).to(FLOAT64).requiresGrad_().toString());
    }

    @Test
    void emptyTensors() {
        assertEquals("tensor([])", zeros(0).toString());
        assertEquals("tensor([], size=(0, 3))", zeros(0, 3).toString());
    }

    @Test
    void summarisedPastAThousandElements() {
        assertEquals("tensor([0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 1.9970e+03, 1.9980e+03,\n        1.9990e+03])",
                arange(2000.0).toString());
        assertEquals("tensor([[   0.,    1.,    2.,  ...,  140.,  141.,  142.],\n"
                + "        [ 143.,  144.,  145.,  ...,  283.,  284.,  285.],\n"
                + "        [ 286.,  287.,  288.,  ...,  426.,  427.,  428.],\n"
                + "        ...,\n"
                + "        [ 572.,  573.,  574.,  ...,  712.,  713.,  714.],\n"
                + "        [ 715.,  716.,  717.,  ...,  855.,  856.,  857.],\n"
                + "        [ 858.,  859.,  860.,  ...,  998.,  999., 1000.]])",
                arange(1001.0).view(7, 143).toString());
    }
}

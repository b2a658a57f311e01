package baeum.tensor;

import baeum.autograd.GradCheck;
import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.*;

import baeum.storage.TensorError;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every differentiable op against finite differences, on fresh and on non-contiguous inputs. */
class GradCheckTest {
    @BeforeEach
    void seed() {
        manualSeed(7);
    }

    /** A float64 leaf of {@code shape}. */
    static Tensor leaf(int... shape) {
        return randn(shape).to(FLOAT64).requiresGrad_();
    }

    /** A positive float64 leaf (for log, sqrt, pow). */
    static Tensor positive(int... shape) {
        return rand(shape).add(0.5).to(FLOAT64).requiresGrad_();
    }

    /** A (rows, cols) float64 leaf stored transposed: strides (1, rows). */
    static Tensor transposed(int rows, int cols) {
        return randn(cols, rows).to(FLOAT64).t().requiresGrad_();
    }

    /** A (rows, cols) float64 leaf taking every other column of a wider tensor: stride 2. */
    static Tensor strided(int rows, int cols) {
        return randn(rows, 2 * cols).to(FLOAT64).get(all(), slice(null, null, 2)).requiresGrad_();
    }

    static void check(Function<Tensor[], Tensor> f, Tensor... inputs) {
        assertTrue(GradCheck.gradcheck(f, inputs));
    }

    @Test
    void inputsReallyAreNonContiguous() {
        assertFalse(transposed(2, 3).isContiguous());
        assertFalse(strided(2, 3).isContiguous());
        assertTrue(transposed(2, 3).isLeaf());
    }

    @Test
    void binaryArithmeticWithBroadcasting() {
        for (Tensor a : new Tensor[] {leaf(2, 3), transposed(2, 3), strided(2, 3)}) {
            check(in -> in[0].add(in[1]), a, leaf(3));
            check(in -> in[0].sub(in[1]), a, leaf(2, 1));
            check(in -> in[0].mul(in[1]), a, strided(2, 3));
            check(in -> in[0].div(in[1]), a, positive(3));
            check(in -> in[1].pow(in[0]), a, positive(2, 3));
            check(in -> in[0].maximum(in[1]), a, leaf(3));
            check(in -> in[0].minimum(in[1]), a, transposed(2, 3));
        }
        check(in -> in[0].mul(in[0]), leaf(4));
    }

    @Test
    void scalarOverloads() {
        Tensor a = strided(2, 3);
        check(in -> in[0].add(2).sub(1).mul(3).div(4), a);
        check(in -> in[0].rsub(1).neg(), a);
        check(in -> in[0].rdiv(2), positive(3));
        check(in -> in[0].pow(2), a);
        check(in -> in[0].pow(3), transposed(2, 2));
        check(in -> in[0].pow(0.5), positive(4));
    }

    @Test
    void mathFunctions() {
        for (Tensor a : new Tensor[] {leaf(2, 3), transposed(2, 3), strided(2, 3)}) {
            check(in -> in[0].exp(), a);
            check(in -> in[0].sigmoid(), a);
            check(in -> in[0].tanh(), a);
            check(in -> in[0].relu(), a);
            check(in -> in[0].abs(), a);
            check(in -> in[0].clamp(-0.5, 0.5), a);
            check(in -> in[0].clampMin(0.1), a);
            check(in -> in[0].sin().add(in[0].cos()), a);
            check(in -> in[0].square().add(in[0].sign()), a);
            check(in -> in[0].erf(), a);
        }
        check(in -> in[0].log(), positive(2, 3));
        check(in -> in[0].sqrt(), positive(2, 3));
        check(in -> in[0].rsqrt(), positive(2, 3));
    }

    @Test
    void softmaxFamily() {
        for (Tensor a : new Tensor[] {leaf(2, 3), transposed(2, 3), strided(2, 3)}) {
            check(in -> in[0].softmax(1), a);
            check(in -> in[0].softmax(0), a);
            check(in -> in[0].logSoftmax(-1), a);
            check(in -> in[0].logSoftmax(0), a);
            check(in -> in[0].logsumexp(1), a);
            check(in -> in[0].logsumexp(0, true), a);
        }
        // the float32 fused path: compare its gradient with the float64 one
        Tensor x64 = leaf(3, 4);
        Tensor x32 = x64.detach().to(FLOAT32).requiresGrad_();
        Tensor g = randn(3, 4);
        x64.logSoftmax(1).backward(g.to(FLOAT64));
        x32.logSoftmax(1).backward(g);
        assertTrue(x32.grad().to(FLOAT64).allclose(x64.grad(), 1e-4, 1e-5));
        x64.zeroGrad();
        x32.zeroGrad();
        x64.softmax(1).backward(g.to(FLOAT64));
        x32.softmax(1).backward(g);
        assertTrue(x32.grad().to(FLOAT64).allclose(x64.grad(), 1e-4, 1e-5));
    }

    @Test
    void matrixProducts() {
        check(in -> in[0].matmul(in[1]), leaf(2, 3), leaf(3, 4));
        check(in -> in[0].matmul(in[1]), transposed(2, 3), strided(3, 4));
        check(in -> in[0].mm(in[1]), strided(2, 3), transposed(3, 2));
        check(in -> in[0].matmul(in[1]), leaf(3), leaf(3));
        check(in -> in[0].matmul(in[1]), leaf(2, 3), leaf(3));
        check(in -> in[0].matmul(in[1]), leaf(3), transposed(3, 2));
        check(in -> in[0].matmul(in[1]), leaf(2, 2, 3), leaf(3, 2));
        check(in -> in[0].matmul(in[1]), leaf(2, 1, 2, 3), leaf(3, 3, 2));
        check(in -> in[0].bmm(in[1]), leaf(2, 2, 3), leaf(2, 2, 3).transpose(1, 2).detach().requiresGrad_());
    }

    @Test
    void fusedLinear() {
        check(in -> Linear.apply(in[0], in[1], in[2]), leaf(4, 3), leaf(2, 3), leaf(2));
        check(in -> Linear.apply(in[0], in[1], null), transposed(4, 3), strided(2, 3));
        check(in -> Linear.apply(in[0], in[1], in[2]), leaf(2, 2, 3), transposed(2, 3), leaf(2));
        // the float32 path (one GEMM from the bias rows) against the float64 one
        Tensor x = randn(5, 3), w = randn(4, 3).requiresGrad_(), b = randn(4).requiresGrad_();
        Tensor g = randn(5, 4);
        Linear.apply(x, w, b).backward(g);
        Tensor w64 = w.detach().to(FLOAT64).requiresGrad_(), b64 = b.detach().to(FLOAT64).requiresGrad_();
        Tensor y64 = x.to(FLOAT64).matmul(w64.t()).add(b64);
        assertTrue(Linear.apply(x, w, b).to(FLOAT64).allclose(y64, 1e-5, 1e-5));
        y64.backward(g.to(FLOAT64));
        assertTrue(w.grad().to(FLOAT64).allclose(w64.grad(), 1e-5, 1e-5));
        assertTrue(b.grad().to(FLOAT64).allclose(b64.grad(), 1e-5, 1e-5));
        var e = assertThrows(TensorError.class, () -> Linear.apply(ones(2, 3), ones(4, 5), null));
        assertTrue(e.getMessage().startsWith("linear: cannot apply weight (4, 5) to input (2, 3)"), e.getMessage());
    }

    @Test
    void reductions() {
        for (Tensor a : new Tensor[] {leaf(2, 3), transposed(2, 3), strided(2, 3)}) {
            check(in -> in[0].sum(), a);
            check(in -> in[0].sum(0), a);
            check(in -> in[0].sum(1, true), a);
            check(in -> in[0].mean(), a);
            check(in -> in[0].mean(0, true), a);
            check(in -> in[0].max(1).values(), a);
            check(in -> in[0].min(0, true).values(), a);
            check(in -> in[0].amax(0, false), a);
            check(in -> in[0].max(), a);
            check(in -> in[0].min(), a);
            check(in -> in[0].var(), a);
            check(in -> in[0].var(1), a);
            check(in -> in[0].std(0, false, true), a);
            check(in -> in[0].prod(1), a);
            check(in -> in[0].prod(), a);
        }
        check(in -> in[0].sum(new int[] {0, 2}, false), leaf(2, 3, 4));
        check(in -> in[0].mean(new int[] {0, 2}, true), leaf(2, 3, 4).permute(2, 0, 1).detach().requiresGrad_());
        check(in -> in[0].prod(0), tensor(new double[] {2, 0, 3}, FLOAT64).requiresGrad_());
        check(in -> in[0].prod(0), tensor(new double[] {0, 0, 3}, FLOAT64).requiresGrad_());
    }

    @Test
    void viewsAndJoins() {
        for (Tensor a : new Tensor[] {leaf(2, 3), transposed(2, 3), strided(2, 3)}) {
            check(in -> in[0].reshape(3, 2).mul(tensor(new double[] {1, 2}, FLOAT64)), a);
            check(in -> in[0].t().mul(in[0].t()), a);
            check(in -> in[0].permute(1, 0).flatten(), a);
            check(in -> in[0].unsqueeze(1).expand(2, 4, 3).sum(1), a);
            check(in -> in[0].select(1, -1), a);
            check(in -> in[0].narrow(1, 1, 2), a);
            check(in -> in[0].get(slice(null, null, -1 + 2), slice(1, null)), a);
            check(in -> in[0].get(-1, newAxis()), a);
            check(in -> cat(1, in[0], in[0].mul(2)), a);
            check(in -> stack(0, in[0], in[0].exp()), a);
            check(in -> in[0].split(2, 1)[1], a);
            check(in -> in[0].chunk(2, 0)[0], a);
            check(in -> in[0].contiguous().squeeze(), a);
            check(in -> in[0].clone().view(6), a);
            Tensor x = a;
            assertTrue(GradCheck.gradcheck(in -> in[0].to(FLOAT32).mul(2).to(FLOAT64), 1e-2, 1e-4, 1e-3, x));
        }
        check(in -> in[0].view(1, 3).squeeze(0), leaf(3));
    }

    @Test
    void copyingIndexOps() {
        for (Tensor a : new Tensor[] {leaf(3, 2), transposed(3, 2), strided(3, 2)}) {
            check(in -> in[0].indexSelect(0, tensor(2, 0, 2)), a);
            check(in -> in[0].gather(1, tensor(new int[][] {{1, 1}, {0, 1}, {0, 0}})), a);
            check(in -> in[0].maskedSelect(tensor(true, false)), a);
            check(in -> in[0].get(all(), tensor(1, 0)), a);
        }
    }

    @Test
    void whereAndMaskedFill() {
        Tensor a = leaf(2, 3), b = strided(2, 3);
        Tensor cond = randn(2, 3).gt(0);
        check(in -> where(cond, in[0], in[1]), a, b);
        check(in -> where(cond, in[0], 0), transposed(2, 3));
        check(in -> in[0].maskedFill(cond, 1.5), a);
    }

    @Test
    void inPlaceOpsOnNonLeaves() {
        check(in -> {
            Tensor h = in[0].mul(1);
            h.add_(in[1]);
            h.mul_(in[1]);
            h.sub_(2);
            h.div_(3);
            h.clamp_(-1, 1);
            return h;
        }, leaf(2, 3), strided(2, 3));
        check(in -> {
            Tensor h = in[0].exp();
            Tensor view = h.unsqueeze(0);
            view.unsqueeze_(0);
            return view;
        }, leaf(3));
    }

    @Test
    void theRemainingOverloads() {
        for (Tensor a : new Tensor[] {leaf(2, 3), transposed(2, 3), strided(2, 3)}) {
            check(in -> in[0].clampMax(0.2), a);
            check(in -> in[0].amin(1, true), a);
            check(in -> in[0].sum(new int[] {0, 1}, true), a);
            check(in -> in[0].mean(new int[] {1}, false), a);
            check(in -> in[0].unsqueeze(0).expandAs(zeros(4, 2, 3)), a);
            check(in -> in[0].contiguous().viewAs(zeros(3, 2)), a);
            check(in -> in[0].squeeze(0).unsqueeze(-1).squeeze(), a);
        }
        check(in -> {
            Tensor h = in[0].mul(1);
            h.pow_(2);
            h.relu_();
            h.maskedFill_(tensor(true, false, false), 5);
            return h.squeeze_();
        }, leaf(1, 3));
        check(in -> {
            Tensor h = in[0].mul(1);
            h.copy_(in[1]);
            return h.add(in[0]);
        }, leaf(2, 3), strided(2, 3));
        check(in -> {
            Tensor h = in[0].mul(1);
            h.fill_(2);
            return h.mul(in[0]);
        }, transposed(2, 3));
    }

    @Test
    void aWrongGradientIsReportedWithTheEntryAndBothValues() {
        Function<Tensor[], Tensor> wrong = in -> new Broken(in[0]).attach(in[0].detach().mul(2));
        var e = assertThrows(TensorError.class, () -> GradCheck.gradcheck(wrong, leaf(2)));
        assertTrue(e.getMessage().startsWith("gradcheck: d output[0] / d input0[0] of shape (2): backward gives 3.0 but"
                + " finite differences give 2.0"), e.getMessage());
    }

    /** A node whose backward is wrong on purpose (3 instead of 2). */
    static final class Broken extends Node {
        Broken(Tensor x) {
            super("BrokenBackward0", x);
        }

        @Override
        protected Tensor[] backward(Tensor g) {
            return new Tensor[] {g.mul(3)};
        }
    }
}

package baeum.nn;

import static baeum.nn.NnTesting.assertValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.tensor.Create;
import baeum.storage.DType;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleTest {

    /** The lecture's second way: a model class with its layers in fields (as PyTorch's __init__ assigns them). */
    static class Net extends NnFacade.Module {
        Linear fc1 = NnFacade.linear(4, 8);
        Module act = NnFacade.relu();
        Linear fc2 = NnFacade.linear(8, 3);

        @Override
        public Tensor forward(Tensor x) {
            return fc2.forward(act.forward(fc1.forward(x)));
        }
    }

    /** Parameters as tensor fields, a list of blocks, an explicit registration, a non-parameter tensor field. */
    static class Custom extends Module {
        Tensor scale = Create.full(new int[] {1}, 2.0, DType.FLOAT32).requiresGrad_();
        Tensor constant = Create.full(new int[] {3}, 1.0, DType.FLOAT32);       // no grad: not a parameter
        List<Module> blocks = List.of(new Linear(3, 3), new Linear(3, 3, false));
        Tensor cached;                                                          // set in forward: not a leaf

        Custom() {
            registerModule("head", new Linear(3, 1));
            registerBuffer("steps", NnTensors.scalarLong(0));
        }

        @Override
        public Tensor forward(Tensor x) {
            Tensor h = x.mul(scale);
            for (Module b : blocks) {
                h = b.forward(h);
            }
            cached = h;
            return get("head").forward(h);
        }

        Module get(String name) {
            return namedChildren().get(name);
        }
    }

    @Test
    void studentSubclassFindsFieldsInDeclarationOrder() {
        Net net = new Net();
        assertEquals(List.of("fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"), List.copyOf(net.namedParameters().keySet()));
        assertEquals(4, net.parameters().size());
        assertSame(net.fc1.weight(), net.parameters().get(0));
        assertEquals(List.of(net.fc1, net.act, net.fc2), net.children());
        NnTesting.assertShape(net.forward(Create.randn(5, 4)), 5, 3);
        assertEquals("Net(\n  (fc1): Linear(in_features=4, out_features=8, bias=True)\n  (act): ReLU()\n"
                + "  (fc2): Linear(in_features=8, out_features=3, bias=True)\n)", net.toString());
    }

    @Test
    void tensorFieldsListsAndRegistrations() {
        Custom m = new Custom();
        assertEquals(List.of("scale", "blocks.0.weight", "blocks.0.bias", "blocks.1.weight", "head.weight", "head.bias"),
                List.copyOf(m.namedParameters().keySet()));
        m.forward(Create.randn(2, 3));
        assertFalse(m.cached.isLeaf());
        assertEquals(6, m.parameters().size(), "a computed tensor in a field is not a parameter");
        // PyTorch's order: a module's own parameters, its own buffers, then each sub-module's
        assertEquals(List.of("scale", "steps", "blocks.0.weight", "blocks.0.bias", "blocks.1.weight", "head.weight", "head.bias"),
                List.copyOf(m.stateDict().keySet()));
        assertEquals("Custom(\n  (blocks): ModuleList(\n    (0): Linear(in_features=3, out_features=3, bias=True)\n"
                + "    (1): Linear(in_features=3, out_features=3, bias=False)\n  )\n"
                + "  (head): Linear(in_features=3, out_features=1, bias=True)\n)", m.toString());
    }

    @Test
    void sharedLayerIsListedOnce() {
        Linear shared = new Linear(2, 2);
        Sequential s = new Sequential(shared, new Activation("ReLU", "", Functions::relu), shared);
        assertEquals(List.of("0.weight", "0.bias"), List.copyOf(s.namedParameters().keySet()));
    }

    @Test
    void sequentialPrintsLikePyTorch() {
        Sequential model = NnFacade.seq(NnFacade.linear(784, 256), NnFacade.relu(), NnFacade.linear(256, 10, false));
        // print(nn.Sequential(nn.Linear(784,256), nn.ReLU(), nn.Linear(256,10,bias=False))) in PyTorch 1.13
        assertEquals("Sequential(\n  (0): Linear(in_features=784, out_features=256, bias=True)\n  (1): ReLU()\n"
                + "  (2): Linear(in_features=256, out_features=10, bias=False)\n)", model.toString());
        assertEquals(List.of("0.weight", "0.bias", "2.weight"), List.copyOf(model.namedParameters().keySet()));
        assertSame(model.get(2), model.get(-1));
        TensorError e = assertThrows(TensorError.class, () -> model.forward(Create.randn(2, 28, 28)));
        assertEquals("Sequential, in layer (0): Linear(in_features=784, out_features=256, bias=True): expected input of shape"
                + " (*, 784), got (2, 28, 28); the last dimension must be in_features=784", e.getMessage());
    }

    @Test
    void trainEvalReachesEverySubModule() {
        Net net = new Net();
        assertTrue(net.isTraining() && net.fc1.isTraining());
        assertSame(net, net.eval());
        assertFalse(net.isTraining() || net.fc1.isTraining() || net.act.isTraining());
        net.train();
        assertTrue(net.fc2.isTraining());
    }

    @Test
    void zeroGradClearsEveryGradient() {
        Net net = new Net();
        net.forward(Create.randn(3, 4)).sum().backward();
        assertTrue(net.parameters().stream().allMatch(p -> p.grad() != null));
        net.zeroGrad();
        assertTrue(net.parameters().stream().allMatch(p -> p.grad() == null));
    }

    @Test
    void applyVisitsChildrenFirstThenSelf() {
        Net net = new Net();
        List<String> seen = new ArrayList<>();
        net.apply(m -> seen.add(m.typeName()));
        assertEquals(List.of("Linear", "ReLU", "Linear", "Net"), seen);
        net.apply(m -> {
            if (m instanceof Linear l) {
                Init.zeros(l.weight());
            }
        });
        assertEquals(0.0, net.fc2.weight().abs().sum().itemDouble());
    }

    @Test
    void saveAndLoadGiveTheSameOutputs(@TempDir Path dir) throws Exception {
        Sequential a = NnFacade.seq(NnFacade.linear(4, 6), NnFacade.batchNorm1d(6), NnFacade.relu(), NnFacade.linear(6, 2));
        a.forward(Create.randn(8, 4));                              // moves the running statistics
        a.eval();
        Tensor x = Create.randn(5, 4);
        Tensor expected = a.forward(x);
        Path file = dir.resolve("model.safetensors");
        a.save(file.toString());

        Sequential b = NnFacade.seq(NnFacade.linear(4, 6), NnFacade.batchNorm1d(6), NnFacade.relu(), NnFacade.linear(6, 2));
        b.load(file.toString()).eval();
        assertValues(expected.toDoubleArray(), b.forward(x), 0);
        assertEquals(8 * 0 + 1, ((BatchNorm) b.get(1)).stateDict().get("num_batches_tracked").itemLong());
        assertEquals(List.copyOf(a.stateDict().keySet()), List.copyOf(StateDictFile.read(file).keySet()));
    }

    /**
     * The resource was written by PyTorch 1.13 (state_dict of {@code Sequential(Linear(3, 2), BatchNorm1d(2))}
     * after one training batch, torch.manual_seed(0), in the safetensors layout); PyTorch's eval-mode
     * output for input [[1, 2, 3]] is [-0.839345753, -0.00448405975].
     */
    @Test
    void loadsAStateDictWrittenByPyTorch() throws Exception {
        Path file = Path.of(ModuleTest.class.getResource("pytorch-linear-batchnorm.safetensors").toURI());
        Sequential m = NnFacade.seq(NnFacade.linear(3, 2), NnFacade.batchNorm1d(2));
        m.load(file.toString()).eval();
        assertValues(new double[] {-0.839345753, -0.00448405975},
                m.forward(Create.ofDoubles(new double[] {1, 2, 3}, DType.FLOAT32, 1, 3)), 1e-6);
        assertEquals(1, m.stateDict().get("1.num_batches_tracked").itemLong());
    }

    @Test
    void savesViewsInRowMajorOrderAndEveryDtypeExactly(@TempDir Path dir) {
        Path file = dir.resolve("views.safetensors");
        Tensor t = Create.ofDoubles(new double[] {1, 2, 3, 4, 5, 6}, DType.FLOAT32, 2, 3).t();       // non-contiguous
        Tensor row = Create.ofDoubles(new double[] {0.1, 0.2, 0.3, 0.4}, DType.FLOAT64, 2, 2).select(0, 1); // offset 2
        Tensor labels = Create.ofLongs(new long[] {Long.MAX_VALUE, -1, 7}, 3);
        Tensor mask = Tensor.wrap(new boolean[] {true, false, true, true}, 2, 2).t();
        StateDictFile.write(Map.of("t", t, "row", row, "labels", labels, "mask", mask), file);
        Map<String, Tensor> back = StateDictFile.read(file);
        assertEquals(List.of(1.0, 4.0, 2.0, 5.0, 3.0, 6.0), asList(back.get("t").toDoubleArray()));
        assertEquals(List.of(0.3, 0.4), asList(back.get("row").toDoubleArray()));
        assertEquals(List.of(Long.MAX_VALUE, -1L, 7L), java.util.Arrays.stream(back.get("labels").toLongArray()).boxed().toList());
        assertEquals(List.of(1.0, 1.0, 0.0, 1.0), asList(back.get("mask").toDoubleArray()));
        assertEquals(DType.BOOL, back.get("mask").dtype());
    }

    private static List<Double> asList(double[] v) {
        return java.util.Arrays.stream(v).boxed().toList();
    }

    @Test
    void fileLayoutIsSafetensors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.safetensors");
        Tensor w = Create.ofDoubles(new double[] {1.5, -2}, DType.FLOAT32, 2);
        StateDictFile.write(Map.of("w", w), file);
        byte[] b = Files.readAllBytes(file);
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        long n = buf.getLong(0);
        assertEquals(0, n % 8);
        String header = new String(b, 8, (int) n, java.nio.charset.StandardCharsets.UTF_8).strip();
        assertEquals("{\"__metadata__\":{\"format\":\"baeum\",\"version\":\"1\"},\"w\":{\"dtype\":\"F32\",\"shape\":[2],"
                + "\"data_offsets\":[0,8]}}", header);
        assertEquals(8 + n + 8, b.length);
        assertEquals(1.5f, buf.getFloat(8 + (int) n));
        assertEquals(-2f, buf.getFloat(12 + (int) n));
    }

    @Test
    void loadStateDictNamesMissingUnexpectedAndMismatchedEntries() {
        Net net = new Net();
        Map<String, Tensor> state = new java.util.LinkedHashMap<>(net.stateDict());
        state.remove("fc2.bias");
        state.put("fc3.weight", Create.randn(2, 2));
        TensorError e = assertThrows(TensorError.class, () -> new Net().loadStateDict(state));
        assertTrue(e.getMessage().contains("missing keys [fc2.bias]") && e.getMessage().contains("unexpected keys [fc3.weight]"),
                e.getMessage());
        new Net().loadStateDict(state, false);
        Map<String, Tensor> wrong = new java.util.LinkedHashMap<>(net.stateDict());
        wrong.put("fc1.weight", Create.randn(8, 5));
        e = assertThrows(TensorError.class, () -> new Net().loadStateDict(wrong));
        assertTrue(e.getMessage().contains("size mismatch for fc1.weight") && e.getMessage().contains("(8, 5)")
                && e.getMessage().contains("(8, 4)"), e.getMessage());
        Net wide = new Net();
        wide.to(DType.FLOAT64);
        Net narrow = new Net();
        narrow.loadStateDict(wide.stateDict());
        assertEquals(DType.FLOAT32, narrow.fc1.weight().dtype());
        assertEquals(wide.fc1.weight().getDouble(1, 2), narrow.fc1.weight().getDouble(1, 2), 1e-7);
    }

    @Test
    void stateDictSharesStorageButIsDetached() {
        Linear l = new Linear(2, 2);
        Tensor w = l.stateDict().get("weight");
        assertFalse(w.requiresGrad());
        assertNotSame(l.weight(), w);
        w.fill_(3);
        assertEquals(3.0, l.weight().getDouble(1, 1));
    }

    @Test
    void toFloat64ConvertsParametersAndBuffers() {
        Custom m = new Custom();
        Tensor before = m.scale;
        m.to(DType.FLOAT64);
        assertNotSame(before, m.scale);
        assertTrue(m.parameters().stream().allMatch(p -> p.dtype() == DType.FLOAT64 && p.requiresGrad() && p.isLeaf()));
        assertEquals(DType.INT64, m.stateDict().get("steps").dtype());
        assertEquals(DType.FLOAT64, m.forward(Create.randn(2, 3).to(DType.FLOAT64)).dtype());
    }

    @Test
    void registeringANonLeafIsRefused() {
        Tensor computed = Create.randn(2).requiresGrad_().mul(2);
        TensorError e = assertThrows(TensorError.class, () -> new Identity().registerParameter("w", computed));
        assertTrue(e.getMessage().contains("not a leaf"), e.getMessage());
        assertThrows(TensorError.class, () -> new Identity().registerModule("a.b", new Identity()));
        assertNull(new Linear(2, 2, false).bias());
        Linear l = new Linear(2, 2);
        l.registerParameter("bias", null);
        assertEquals(List.of("weight"), List.copyOf(l.namedParameters().keySet()));
        assertEquals("Linear(in_features=2, out_features=2, bias=False)", l.toString());
    }
}

package baeum.bench.model;

import baeum.Baeum.nn;
import baeum.Baeum.optim;
import baeum.nn.Module;
import baeum.tensor.Tensor;
import java.util.List;

/**
 * The same networks built the way a student builds them, from {@code baeum.nn} layers and
 * {@code baeum.optim} optimizers (the default for the workloads; {@code -Dbaeum.models=fused}
 * selects {@link Models}, built directly on the fused kernels).
 */
public final class NnModels {
    private NnModels() {}

    /** True unless {@code -Dbaeum.models=fused}. */
    public static boolean selected() {
        return !"fused".equals(System.getProperty("baeum.models", "nn"));
    }

    public static Model xor() {
        return wrap(nn.seq(nn.linear(2, 4), nn.tanh(), nn.linear(4, 1), nn.sigmoid()));
    }

    public static Model mlp() {
        return wrap(nn.seq(nn.linear(784, 256), nn.relu(), nn.linear(256, 128), nn.relu(), nn.linear(128, 10)));
    }

    public static Model lenet() {
        return wrap(nn.seq(
                nn.conv2d(1, 6, 5, 1, 2), nn.relu(), nn.maxPool2d(2),
                nn.conv2d(6, 16, 5), nn.relu(), nn.maxPool2d(2),
                nn.flatten(),
                nn.linear(400, 120), nn.relu(), nn.linear(120, 84), nn.relu(), nn.linear(84, 10)));
    }

    public static Model lstm() {
        var lstm = nn.lstm(28, 128, 1, true);
        var head = nn.linear(128, 10);
        List<Tensor> ps = new java.util.ArrayList<>(lstm.parameters());
        ps.addAll(head.parameters());
        return new Model() {
            public List<Tensor> parameters() {
                return ps;
            }

            public Tensor forward(Tensor x) {
                Tensor h = lstm.forward(x, null, null).h();   // (layers, N, hidden)
                return head.forward(h.select(0, h.size(0) - 1));
            }
        };
    }

    /** {@code optim.sgd(params, lr).momentum(m)} or {@code optim.adam(params, lr)} as a bench optimizer. */
    public static Optimizer optimizer(List<Tensor> params, boolean adam, double lr, double momentum) {
        baeum.optim.Optimizer o = adam ? optim.adam(params, lr) : optim.sgd(params, lr).momentum(momentum);
        return new Optimizer(List.of()) {
            @Override
            void update(int i, float[] p, float[] g, int n) {}

            @Override
            public void step() {
                o.step();
            }
        };
    }

    private static Model wrap(Module m) {
        List<Tensor> ps = m.parameters();
        return new Model() {
            public List<Tensor> parameters() {
                return ps;
            }

            public Tensor forward(Tensor x) {
                return m.forward(x);
            }
        };
    }
}

package baeum.bench.model;

import static baeum.Baeum.cat;
import static baeum.Baeum.zeros;

import baeum.fused.Fused;
import baeum.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/** The networks of the PyTorch reference scripts, layer for layer. */
public final class Models {
    private Models() {}

    /** XOR: Linear(2, 4), tanh, Linear(4, 1), sigmoid. */
    public static Model xor() {
        Linear l1 = new Linear(2, 4), l2 = new Linear(4, 1);
        return model(x -> l2.forward(l1.forward(x).tanh()).sigmoid(), l1, l2);
    }

    /** Fashion-MNIST MLP: 784-256-128-10 with ReLU. */
    public static Model mlp() {
        Linear l1 = new Linear(784, 256), l2 = new Linear(256, 128), l3 = new Linear(128, 10);
        return model(x -> l3.forward(l2.forward(l1.forward(x).relu()).relu()), l1, l2, l3);
    }

    /**
     * LeNet-5: conv 1→6 5x5 pad 2, ReLU, maxpool 2, conv 6→16 5x5, ReLU, maxpool 2, flatten,
     * 400→120 ReLU →84 ReLU →10. Input (N, 1, 28, 28).
     */
    public static Model lenet() {
        Tensor w1 = Init.uniform(25, 6, 1, 5, 5), b1 = Init.uniform(25, 6);
        Tensor w2 = Init.uniform(150, 16, 6, 5, 5), b2 = Init.uniform(150, 16);
        Linear f1 = new Linear(400, 120), f2 = new Linear(120, 84), f3 = new Linear(84, 10);
        List<Tensor> ps = new ArrayList<>(List.of(w1, b1, w2, b2));
        for (Linear l : List.of(f1, f2, f3)) ps.addAll(l.parameters());
        return new Model() {
            public List<Tensor> parameters() {
                return ps;
            }

            public Tensor forward(Tensor x) {
                Tensor y = Fused.maxPool2d(Fused.conv2d(x, w1, b1, 1, 2, 1, 1).relu(), 2, 2, 0);
                y = Fused.maxPool2d(Fused.conv2d(y, w2, b2, 1, 0, 1, 1).relu(), 2, 2, 0);
                y = y.view(y.size(0), 400);
                return f3.forward(f2.forward(f1.forward(y).relu()).relu());
            }
        };
    }

    /**
     * LSTM(input 28, hidden 128, batch first) over the 28 rows of an image, its last hidden state
     * into Linear(128, 10). Input (N, 28, 28).
     */
    public static Model lstm() {
        int in = 28, hidden = 128;
        Tensor wih = Init.uniform(hidden, 4 * hidden, in), whh = Init.uniform(hidden, 4 * hidden, hidden);
        Tensor bih = Init.uniform(hidden, 4 * hidden), bhh = Init.uniform(hidden, 4 * hidden);
        Linear head = new Linear(hidden, 10);
        List<Tensor> ps = new ArrayList<>(List.of(wih, whh, bih, bhh));
        ps.addAll(head.parameters());
        return new Model() {
            public List<Tensor> parameters() {
                return ps;
            }

            public Tensor forward(Tensor x) {
                int batch = x.size(0), steps = x.size(1);
                Tensor bias = bih.add(bhh);
                // [W_ih | W_hh]ᵀ, made once per batch: each step is then one product [x_t | h]·Wᵀ.
                // (Projecting all steps' inputs at once and slicing would give each step's
                // gradient a zero-filled buffer of the whole projection.)
                Tensor wT = cat(1, wih, whh).t().contiguous();
                Tensor h = zeros(batch, hidden), c = zeros(batch, hidden);
                for (int t = 0; t < steps; t++) {
                    Tensor gates = cat(1, x.select(1, t), h).matmul(wT).add(bias);
                    Tensor[] hc = Fused.lstmCell(gates, c);
                    h = hc[0];
                    c = hc[1];
                }
                return head.forward(h);
            }
        };
    }

    private interface Forward {
        Tensor apply(Tensor x);
    }

    private static Model model(Forward f, Linear... layers) {
        List<Tensor> ps = new ArrayList<>();
        for (Linear l : layers) ps.addAll(l.parameters());
        return new Model() {
            public List<Tensor> parameters() {
                return ps;
            }

            public Tensor forward(Tensor x) {
                return f.apply(x);
            }
        };
    }
}

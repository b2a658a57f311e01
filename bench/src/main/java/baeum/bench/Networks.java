package baeum.bench;

import baeum.Baeum.nn;
import baeum.nn.LSTM;
import baeum.nn.Module;
import baeum.tensor.Tensor;

/**
 * The workloads' networks, built as a student builds them from {@code baeum.nn} layers with
 * PyTorch's default initialization (the same architectures as the scripts in {@code bench/pytorch}).
 */
final class Networks {
    private Networks() {}

    /** {@code xor.py}: 2-4-1, tanh then sigmoid. */
    static Module xor() {
        return nn.seq(nn.linear(2, 4), nn.tanh(), nn.linear(4, 1), nn.sigmoid());
    }

    /** {@code mlp_fmnist.py}: 784-256-128-10 with ReLU. */
    static Module mlp() {
        return nn.seq(nn.linear(784, 256), nn.relu(), nn.linear(256, 128), nn.relu(), nn.linear(128, 10));
    }

    /** {@code cnn_fmnist.py}: LeNet-5 with max pooling. */
    static Module lenet() {
        return nn.seq(
                nn.conv2d(1, 6, 5, 1, 2), nn.relu(), nn.maxPool2d(2),
                nn.conv2d(6, 16, 5), nn.relu(), nn.maxPool2d(2),
                nn.flatten(),
                nn.linear(400, 120), nn.relu(), nn.linear(120, 84), nn.relu(), nn.linear(84, 10));
    }

    /** {@code rnn.py}: an LSTM(28, 128) over the image's rows, a linear layer on its last state. */
    static Module lstm() {
        return new LstmClassifier();
    }

    /** What a student writes for {@code rnn.py}'s model: a module with two fields. */
    static final class LstmClassifier extends nn.Module {
        final LSTM lstm = nn.lstm(28, 128, 1, true);
        final Module head = nn.linear(128, 10);

        @Override
        public Tensor forward(Tensor x) {
            Tensor h = lstm.forward(x, null, null).h();   // (layers, N, hidden)
            return head.forward(h.select(0, h.size(0) - 1));
        }
    }
}

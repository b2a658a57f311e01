package baeum.teach;

import baeum.Baeum.nn;
import baeum.nn.Sequential;

/** The classic LeNet-5 on 28x28 inputs (the first convolution pads by 2, so 28x28 becomes 28x28 as 32x32 did). */
final class LeNet {
    private LeNet() {}

    /**
     * conv 1->6 5x5 pad 2, tanh, avgpool 2, conv 6->16 5x5, tanh, avgpool 2, flatten,
     * linear 400->120, tanh, linear 120->84, tanh, linear 84->10.
     */
    static Sequential create() {
        return nn.seq(
                nn.conv2d(1, 6, 5, 1, 2), nn.tanh(), nn.avgPool2d(2),
                nn.conv2d(6, 16, 5), nn.tanh(), nn.avgPool2d(2),
                nn.flatten(),
                nn.linear(400, 120), nn.tanh(),
                nn.linear(120, 84), nn.tanh(),
                nn.linear(84, 10));
    }
}

package baeum.bench;

import static baeum.Baeum.ones;

/** A fresh JVM's first tiny op ({@code ones(3, 3).add(1).sum().item()}), for the start-up figure. */
public final class TinyOp {
    private TinyOp() {}

    public static void main(String[] args) {
        float v = ones(3, 3).add(1).sum().item();
        if (v != 18f) throw new AssertionError("ones(3, 3).add(1).sum() gave " + v);
    }
}

package baeum.storage;

/**
 * The element type of a tensor, named as in PyTorch.
 *
 * <p>{@code FLOAT32} is the default for real numbers; {@code INT64} holds class labels and
 * indices; {@code BOOL} holds masks (the result of comparisons); {@code FLOAT64} exists for
 * gradient checks by finite differences.
 *
 * <pre>
 * jshell> tensor(1, 2, 3).dtype()
 * $1 ==> INT64
 * </pre>
 */
public enum DType {
    BOOL("torch.bool"),
    INT64("torch.int64"),
    FLOAT32("torch.float32"),
    FLOAT64("torch.float64");

    private final String torchName;

    DType(String torchName) {
        this.torchName = torchName;
    }

    /** PyTorch's name, as printed in {@code dtype=torch.float64}. */
    public String torchName() {
        return torchName;
    }

    /** True for FLOAT32 and FLOAT64. */
    public boolean isFloatingPoint() {
        return this == FLOAT32 || this == FLOAT64;
    }

    /** The type both operands of a binary op are converted to (PyTorch's promotion order). */
    public static DType promote(DType a, DType b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}

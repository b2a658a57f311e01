package baeum.storage;

/**
 * Every error the engine raises: the message names the op, the shapes involved, and what to
 * do about it, e.g. {@code matmul: cannot multiply (2, 3) and (4, 5): inner sizes 3 and 4 differ}.
 */
public class TensorError extends RuntimeException {
    public TensorError(String message) {
        super(message);
    }
}

package baeum.nn;

import baeum.tensor.Tensor;

/**
 * Dropout, as {@code torch.nn.Dropout} (and {@code Dropout2d} with {@code channels = true}): in
 * training mode each element (each whole channel) is zeroed with probability {@code p} (0.5) and
 * the rest are scaled by {@code 1/(1-p)}; in evaluation mode it passes the input through.
 *
 * <p>Shape: any (Dropout2d: {@code (N, C, H, W)} or {@code (C, H, W)}); output same as input.
 *
 * <pre>
 * jshell> var d = nn.dropout(0.5); d.eval(); d.forward(ones(4))
 * $3 ==> tensor([1., 1., 1., 1.])
 * </pre>
 */
public final class Dropout extends NnFacade.Module {
    private final double p;
    private final boolean channels;

    public Dropout(double p, boolean channels) {
        Functions.checkP(channels ? "Dropout2d" : "Dropout", p);
        this.p = p;
        this.channels = channels;
    }

    public double p() {
        return p;
    }

    @Override
    public Tensor forward(Tensor input) {
        return channels ? Functions.dropout2d(input, p, isTraining()) : Functions.dropout(input, p, isTraining());
    }

    @Override
    protected String typeName() {
        return channels ? "Dropout2d" : "Dropout";
    }

    @Override
    protected String extraRepr() {
        return "p=" + Repr.number(p) + ", inplace=False";
    }
}

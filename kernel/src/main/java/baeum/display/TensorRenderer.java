package baeum.display;

import baeum.storage.DType;
import baeum.tensor.Tensor;

/**
 * A tensor as its PyTorch-style text ({@code toString()}) and an HTML table (see
 * {@link TensorTable}) captioned with its shape, dtype and gradient state:
 * {@code shape (2, 3) · float32 · requires_grad=True}.
 */
final class TensorRenderer {
    private TensorRenderer() {}

    static MimeBundle render(Tensor t) {
        return MimeBundle.text(t.toString()).with(MimeBundle.HTML, html(t));
    }

    static String caption(Tensor t) {
        var sb = new StringBuilder("shape ").append(t.shape()).append(" · ").append(dtypeName(t.dtype()));
        if (t.gradFn() != null) {
            sb.append(" · grad_fn=<").append(t.gradFn().name()).append('>');
        } else if (t.requiresGrad()) {
            sb.append(" · requires_grad=True");
        }
        return sb.toString();
    }

    static String html(Tensor t) {
        if (t.numel() == 0) {
            return "<div class=\"baeum-tensor\">" + TensorTable.STYLE + "<table class=\"baeum-tensor-table\">"
                    + "<caption>" + Html.escape(caption(t)) + "</caption><tbody><tr><td>(empty)</td></tr></tbody></table></div>";
        }
        ElementFormat.Kind kind = switch (t.dtype()) {
            case BOOL -> ElementFormat.Kind.BOOL;
            case INT64 -> ElementFormat.Kind.INT;
            default -> ElementFormat.Kind.FLOAT;
        };
        TensorTable.Elements elements = kind == ElementFormat.Kind.INT ? idx -> t.getLong(idx) : t::getDouble;
        return TensorTable.html(t.shape().toArray(), kind, caption(t), elements);
    }

    /** {@code float32} for {@code torch.float32}. */
    static String dtypeName(DType dtype) {
        String name = dtype.torchName();
        return name.startsWith("torch.") ? name.substring("torch.".length()) : name;
    }
}

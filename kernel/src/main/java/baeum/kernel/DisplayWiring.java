package baeum.kernel;

import baeum.display.DisplaySink;
import baeum.display.DisplaySinks;
import baeum.display.MimeBundle;
import baeum.display.Renderers;

/**
 * Connects the display side ({@code baeum.display}) to the kernel: cell results render through
 * {@link Renderers} (a tensor as text and a table, a chart as a picture), and {@code display(x)},
 * {@code show(chart)} and progress bars send {@code display_data} / {@code update_display_data}
 * through a {@link DisplaySink} of the kernel's.
 */
final class DisplayWiring {
    private DisplayWiring() {}

    static void install(Outputs outputs, Executor executor) {
        executor.renderer((value, text) -> {
            if (Renderers.isSilent(value)) return null;
            MimeBundle b = Renderers.render(value);
            return new ValueRenderer.Bundle(b.data(), b.metadata());
        });
        DisplaySinks.set(new DisplaySink() {
            @Override
            public void display(MimeBundle bundle, String displayId) {
                outputs.display(bundle.data(), bundle.metadata(), displayId);
            }

            @Override
            public void update(MimeBundle bundle, String displayId) {
                outputs.update(bundle.data(), bundle.metadata(), displayId);
            }
        });
    }
}

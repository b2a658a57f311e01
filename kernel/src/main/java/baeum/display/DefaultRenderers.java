package baeum.display;

import baeum.plot.Figure;
import baeum.progress.ProgressBar;

import java.awt.image.BufferedImage;

/** The renderers every session starts with. */
final class DefaultRenderers {
    private DefaultRenderers() {}

    static void registerAll() {
        Renderers.register(MimeBundle.class, b -> b);
        Renderers.register(baeum.tensor.Tensor.class, TensorRenderer::render);
        Renderers.register(Markup.class, Markup::bundle);
        Renderers.register(Figure.class, FigureRenderer::render);
        Renderers.register(BufferedImage.class, FigureRenderer::render);
        Renderers.register(ProgressBar.class, bar -> ProgressHtml.bundle(bar.state()));
        Renderers.register(baeum.nn.Module.class, m -> ModuleTree.bundle(new ModuleView(m)));
        Renderers.register(baeum.teach.Visual.class, VisualRenderer::render);
    }
}

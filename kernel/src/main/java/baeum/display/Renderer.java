package baeum.display;

/**
 * Turns a value of one type into a {@link MimeBundle}. Register with
 * {@link Renderers#register(Class, Renderer)}.
 *
 * <pre>{@code
 * jshell> record Point(int x, int y) {}
 * jshell> Renderers.register(Point.class, p -> MimeBundle.text(p.toString()).with("text/html", "<i>" + p + "</i>"))
 * }</pre>
 *
 * @param <T> the type rendered
 */
@FunctionalInterface
public interface Renderer<T> {
    MimeBundle render(T value);
}

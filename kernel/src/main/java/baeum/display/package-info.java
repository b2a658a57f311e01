/**
 * What values look like: the seam between the kernel and everything that is shown.
 *
 * <ul>
 *   <li>{@link baeum.display.Renderers} turns a value into a {@link baeum.display.MimeBundle}
 *       (text/plain always; text/html for tensors, modules and progress bars; image/png for charts
 *       and images). The renderer of the most specific registered type wins; rendering never
 *       throws.</li>
 *   <li>{@link baeum.display.Display} ({@code display}, {@code md}, {@code html}, {@code latex})
 *       shows values from running code; a {@link baeum.display.DisplayHandle} updates its output
 *       in place.</li>
 *   <li>Output goes to the {@link baeum.display.DisplaySink} in {@link baeum.display.DisplaySinks}:
 *       the kernel installs one that sends Jupyter messages (which also routes {@code show()} and
 *       progress bars through it); without a kernel, {@link baeum.display.ConsoleDisplaySink}
 *       prints text and writes pictures to PNG files.</li>
 * </ul>
 *
 * <p>HTML hooks (for tests and styling): tensors {@code div.baeum-tensor > table.baeum-tensor-table},
 * modules {@code div.baeum-module > table.baeum-module-table}, progress bars
 * {@code div.baeum-progress[data-state=running|finished|stopped]} with the word "finished" in a
 * finished bar.
 */
package baeum.display;

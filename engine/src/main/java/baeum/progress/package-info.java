/**
 * Progress bars for loops: {@link baeum.progress.Progress#progress(Iterable)} wraps what a loop
 * iterates in a {@link baeum.progress.ProgressBar}, which counts, times and reports
 * {@link baeum.progress.ProgressState}s to the {@link baeum.progress.ProgressSink} in
 * {@link baeum.progress.ProgressSinks} (one terminal line by default, an HTML bar in a notebook),
 * throttled to what the sink wants and always ending with a final state. Iterables that know
 * their size ({@link java.util.Collection}, {@link baeum.progress.Sized}, or a public
 * {@code size()}/{@code len()}) get a percentage and the time remaining.
 */
package baeum.progress;

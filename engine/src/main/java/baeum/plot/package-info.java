/**
 * Charts and pictures, drawn by JFreeChart (headless) and written as PNG at twice their layout
 * size. {@link baeum.plot.Plots} is the facade ({@code import static baeum.plot.Plots.*}); each
 * chart is a small class that builds its JFreeChart ({@link baeum.plot.LinePlot},
 * {@link baeum.plot.ScatterPlot}, {@link baeum.plot.FunctionPlot}, {@link baeum.plot.ContourPlot},
 * {@link baeum.plot.HeatMap}, {@link baeum.plot.ConfusionMatrix}); {@link baeum.plot.ImageFigure}
 * draws image tensors and grids. The package knows nothing of Jupyter: {@link baeum.plot.Figure#show()}
 * goes to the {@link baeum.plot.PlotSink} in {@link baeum.plot.PlotSinks} (PNG files by default,
 * the notebook when a kernel runs).
 */
package baeum.plot;

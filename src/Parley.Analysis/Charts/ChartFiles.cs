using System.Globalization;
using ScottPlot;

namespace Parley.Analysis.Charts;

/// <summary>The two files a chart is written to: a PNG to look at and an SVG to put in a report.</summary>
public sealed record ChartFiles(string Png, string Svg);

/// <summary>Draws timelines and networks with ScottPlot, headless (SkiaSharp ships its own natives).</summary>
public static class ChartWriter
{
    /// <summary>Width and height of every chart, in pixels.</summary>
    public const int Width = 1000, Height = 500;

    /// <summary>
    /// Draws one line per event type (counts per period, markers on the periods) to <paramref name="stem"/>.png and .svg.
    /// Periods where a type has no events count as zero, so a line drops instead of bridging the gap.
    /// </summary>
    public static ChartFiles Timeline(Timeline timeline, string stem)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var plot = new Plot();
        DateOnly[] periods = [.. timeline.Periods];
        double[] xs = [.. periods.Select(p => p.ToDateTime(TimeOnly.MinValue).ToOADate())];
        foreach (string type in timeline.Types)
        {
            var counts = timeline.Points.Where(p => p.Type == type).ToDictionary(p => p.Period, p => p.Count);
            double[] ys = [.. periods.Select(p => (double)counts.GetValueOrDefault(p))];
            var line = plot.Add.Scatter(xs, ys);
            line.LegendText = type;
            line.LineWidth = 2;
            line.MarkerSize = periods.Length > 60 ? 0 : 5;
        }

        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Margins(bottom: 0);
        string with = timeline.WithName is null ? "" : $" with {timeline.WithName}";
        plot.Title($"{timeline.ActorName}{with}: events per {timeline.By}");
        plot.YLabel("events");
        plot.ShowLegend(Alignment.UpperLeft);
        return Save(plot, stem);
    }

    /// <summary>
    /// Draws the network on a circle, heaviest actor first: edges as lines whose width grows with the weight,
    /// nodes as markers labelled with the actor's name.
    /// </summary>
    public static ChartFiles Network(Network network, string stem, string title)
    {
        ArgumentNullException.ThrowIfNull(network);
        var plot = new Plot();
        var nodes = network.Nodes;
        var at = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        for (int i = 0; i < nodes.Length; i++)
        {
            double angle = (2 * Math.PI * i / Math.Max(1, nodes.Length)) + (Math.PI / 2);
            at[nodes[i].Id] = (Math.Cos(angle), Math.Sin(angle));
        }

        int heaviest = network.Edges.IsEmpty ? 1 : network.Edges.Max(e => e.Weight);
        foreach (NetworkEdge edge in network.Edges.Reverse())
        {
            (double x1, double y1) = at[edge.Source];
            (double x2, double y2) = at[edge.Target];
            var line = plot.Add.Line(x1, y1, x2, y2);
            line.LineWidth = (float)(1 + (7.0 * edge.Weight / heaviest));
            line.LineColor = Colors.SteelBlue.WithAlpha(0.35 + (0.5 * edge.Weight / heaviest));
        }

        foreach ((string id, string name, int weight) in nodes)
        {
            (double x, double y) = at[id];
            var marker = plot.Add.Marker(x, y);
            marker.MarkerSize = 8 + (float)Math.Sqrt(weight);
            marker.Color = Colors.DarkOrange;
            var label = plot.Add.Text($"{name} ({weight.ToString(CultureInfo.InvariantCulture)})", x * 1.08, y * 1.08);
            label.LabelFontSize = 11;
            label.LabelAlignment = x >= 0 ? Alignment.MiddleLeft : Alignment.MiddleRight;
        }

        plot.Axes.SetLimits(-1.8, 1.8, -1.3, 1.3);
        plot.HideAxesAndGrid();
        plot.Title(title);
        return Save(plot, stem);
    }

    private static ChartFiles Save(Plot plot, string stem)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(stem));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        var files = new ChartFiles(stem + ".png", stem + ".svg");
        plot.SavePng(files.Png, Width, Height);
        plot.SaveSvg(files.Svg, Width, Height);
        return files;
    }
}

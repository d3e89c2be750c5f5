using System.Buffers.Binary;
using System.Xml.Linq;
using Parley.Analysis.Charts;
using SkiaSharp;

namespace Parley.Analysis.Tests;

/// <summary>Timelines, networks and their charts from the hand-built ledger; the PNGs are decoded and looked at.</summary>
public sealed class ChartTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "parley-charts-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Timeline_counts_events_by_type_and_month()
    {
        using HandLedger ledger = HandLedger.XiYear();
        Timeline timeline = TimelineQuery.Run(ledger.Db, "xi-jinping", null, "month");

        timeline.ActorName.Should().Be("Xi Jinping");
        timeline.Points.Should().Contain(new TimelinePoint(new DateOnly(2025, 1, 1), "CONSULT", 2));
        timeline.Points.Should().Contain(new TimelinePoint(new DateOnly(2025, 6, 1), "CONSULT", 2));
        timeline.Points.Should().Contain(new TimelinePoint(new DateOnly(2025, 2, 1), "COOPERATE", 1));
        timeline.Points.Sum(p => p.Count).Should().Be(14, "every event of Xi's, each counted once");
        timeline.Types[0].Should().Be("CONSULT");
    }

    [Fact]
    public void Timeline_with_a_counterpart_keeps_only_their_shared_events()
    {
        using HandLedger ledger = HandLedger.XiYear();
        Timeline timeline = TimelineQuery.Run(ledger.Db, "xi-jinping", "donald-trump", "week");

        // Feb 1 (CONSULT, COOPERATE), May 1 (ACCUSE), Aug (CONSULT, month-dated), Feb 4 2026 (CONSULT).
        timeline.Points.Sum(p => p.Count).Should().Be(5);
        timeline.Points.Should().Contain(p => p.Period == new DateOnly(2025, 1, 27) && p.Type == "CONSULT", "weeks start on Monday");
    }

    [Fact]
    public void Timeline_chart_is_a_real_non_blank_png_and_an_svg()
    {
        using HandLedger ledger = HandLedger.XiYear();
        ChartFiles files = ChartWriter.Timeline(TimelineQuery.Run(ledger.Db, "xi-jinping", null, "month"), Path.Combine(folder, "xi"));

        LooksLikeAChart(files.Png);
        File.ReadAllText(files.Svg).Should().Contain("<svg").And.Contain("Xi Jinping");
    }

    [Fact]
    public void Network_weights_pairs_by_shared_events_and_draws_them()
    {
        using HandLedger ledger = HandLedger.XiYear();
        Network network = NetworkQuery.Run(ledger.Db);

        // Xi–Putin: c1, c4, c6, c7, c8, feb4-putin = 6; Xi–Trump: c3, x1, x2, m1, feb4-trump = 5.
        network.Edges[0].Should().Be(new NetworkEdge("vladimir-putin", "Vladimir Putin", "xi-jinping", "Xi Jinping", 6));
        network.Edges[1].Weight.Should().Be(5);
        network.Nodes[0].Id.Should().Be("xi-jinping");
        NetworkQuery.Run(ledger.Db, type: "ACCUSE").Edges.Should().ContainSingle().Which.Weight.Should().Be(1);
        NetworkQuery.Run(ledger.Db, since: new DateOnly(2026, 1, 1)).Edges.Sum(e => e.Weight).Should().Be(2);

        LooksLikeAChart(ChartWriter.Network(network, Path.Combine(folder, "net"), "Contacts").Png);
    }

    [Fact]
    public void GraphMl_holds_every_node_and_weighted_edge()
    {
        using HandLedger ledger = HandLedger.XiYear();
        XDocument graphml = GraphMlWriter.Write(NetworkQuery.Run(ledger.Db));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";

        graphml.Root!.Name.Should().Be(ns + "graphml");
        graphml.Descendants(ns + "node").Should().HaveCount(5);
        var edges = graphml.Descendants(ns + "edge").ToList();
        edges.Should().HaveCount(4);
        edges.Sum(e => int.Parse(e.Element(ns + "data")!.Value, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(14);
    }

    // A PNG of the chart's size (signature and IHDR), a few KB at least, with many colours rather than one blank fill.
    private static void LooksLikeAChart(string png)
    {
        byte[] bytes = File.ReadAllBytes(png);
        bytes.Length.Should().BeGreaterThan(5_000);
        bytes.AsSpan(0, 8).ToArray().Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        System.Text.Encoding.ASCII.GetString(bytes, 12, 4).Should().Be("IHDR");
        BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)).Should().Be(ChartWriter.Width);
        BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)).Should().Be(ChartWriter.Height);

        using SKBitmap bitmap = SKBitmap.Decode(bytes);
        var colours = new HashSet<SKColor>();
        for (int y = 0; y < bitmap.Height; y += 5)
        {
            for (int x = 0; x < bitmap.Width; x += 5)
            {
                colours.Add(bitmap.GetPixel(x, y));
            }
        }

        colours.Count.Should().BeGreaterThan(5, "a drawn chart has lines, text and a background, not one fill");
        colours.Max(c => 255 - Math.Min(c.Red, Math.Min(c.Green, c.Blue))).Should().BeGreaterThan(100, "something dark is drawn on the light background");
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

using System.Globalization;
using CsvHelper;
using Parley.Core;
using Parley.Ledger.Exports;
using Parley.Ledger.Imports;
using Parley.Ledger.Tests.Imports;

namespace Parley.Ledger.Tests.Exports;

public sealed class ExportRoundTripTests
{
    // Events as the ledger returns them: Parley's own readings with quirky evidence, and an imported record.
    private static ExportSet Sample()
    {
        var call = new LedgerEvent("ev-call", "CONSULT", "phone", "video", "041", ["xi-jinping"], ["vladimir-putin"],
            FuzzyDate.OnDay(new DateOnly(2026, 2, 4)), IsoDuration.OfMinutes(90), ["United States", "Iran"], "occurred", 0.93, "parley", null, 2);
        var trip = new LedgerEvent("ev-trip", "CONSULT", "visit", "in-person", "042", ["donald-trump"], ["CHN"],
            FuzzyDate.InMonth(2026, 4), null, [], "planned", 0.8, "parley", null, 1, Rare: true);
        var strike = new LedgerEvent("ev-strike", "ASSAULT", null, null, "190", ["RUS"], ["UKR"],
            FuzzyDate.OnDay(new DateOnly(2023, 6, 16)), null, [], "occurred", 0.94, "gdelt", "1106250002", 1);
        LedgerMention[] mentions =
        [
            new("ev-call", "a1", new TextSpan(812, 72), "On Wednesday Xi made a video call to Putin, the Kremlin said, calling it \"frank\".", "video call", 0.93, "Deccan Herald", "https://example.org/xi-calls"),
            new("ev-call", "a2", new TextSpan(10, 40), "The leaders spoke for 90 minutes,\nofficials said.", "spoke", 0.9, "Reuters", null),
            new("ev-trip", "a1", new TextSpan(300, 30), "Trump's April trip to China", "trip", 0.8, "Deccan Herald", null),
            new("ev-strike", null, null, "RUSSIA | Use conventional military force | UKRAINE", null, 0.94, "gdelt", "https://apnews.com/article/kherson"),
        ];
        LedgerActor[] actors =
        [
            new("xi-jinping", "Xi Jinping", "person", "CHN", true, 1, 0), new("vladimir-putin", "Vladimir Putin", "person", "RUS", true, 1, 0),
            new("donald-trump", "Donald Trump", "person", "USA", true, 1, 0), new("CHN", "China", "country", "CHN", true, 1, 0),
            new("RUS", "Russia", "country", "RUS", true, 1, 0), new("UKR", "Ukraine", "country", "UKR", true, 1, 0),
        ];
        return new ExportSet([call, trip, strike], mentions, actors);
    }

    [Fact]
    public async Task Parquet_reads_back_the_rows_it_wrote()
    {
        ExportSet set = Sample();
        using var stream = new MemoryStream();
        await ParquetExport.WriteAsync(set, stream, TestContext.Current.CancellationToken);
        stream.Position = 0;
        IList<EventRow> rows = await ParquetExport.ReadAsync(stream, TestContext.Current.CancellationToken);
        rows.Should().BeEquivalentTo(set.Events.Select(EventRow.Of), options => options.WithStrictOrdering());
        rows[1].DateStart.Should().Be(new DateOnly(2026, 4, 1));
        rows[1].DateEnd.Should().Be(new DateOnly(2026, 4, 30));
    }

    [Fact]
    public void Csv_quotes_commas_quotes_and_line_breaks_so_evidence_reads_back_whole()
    {
        ExportSet set = Sample();
        var text = new StringWriter();
        CsvExport.WriteMentions(set, text);
        using var csv = new CsvReader(new StringReader(text.ToString()), CultureInfo.InvariantCulture);
        List<MentionRow> rows = [.. csv.GetRecords<MentionRow>()];
        rows.Select(row => row.Evidence).Should().Equal(set.Events.SelectMany(e => set.Mentions[e.Id]).Select(m => m.Evidence));
        rows[1].Evidence.Should().Contain("\n");
        rows[3].ArticleId.Should().BeNullOrEmpty("CSV writes null as an empty field");
    }

    [Fact]
    public void Csv_events_have_one_row_each_with_lists_joined()
    {
        var text = new StringWriter();
        CsvExport.WriteEvents(Sample(), text);
        string[] lines = text.ToString().TrimEnd().Split('\n');
        lines.Should().HaveCount(4);
        lines[0].Should().StartWith("event_id,type,mode,medium,cameo,status,date,date_precision,date_start,date_end,duration,actors,recipients,topics");
        lines[1].Should().Contain("United States|Iran").And.Contain("PT1H30M").And.Contain("2026-02-04,day,2026-02-04,2026-02-04");
        lines[2].Should().Contain("2026-04,month,2026-04-01,2026-04-30");
    }

    [Fact]
    public void Gdelt_export_has_61_columns_per_line_in_the_codebook_order()
    {
        var text = new StringWriter();
        new GdeltExport(Shipped.Knowledge, CameoWeights.Shipped).Write(Sample(), text);
        string[] lines = text.ToString().TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(3).And.OnlyContain(line => line.Split('\t').Length == 61);
        string[] strike = lines[2].Split('\t');
        strike[GdeltColumns.IndexOf("GLOBALEVENTID")].Should().Be("1106250002");
        strike[GdeltColumns.IndexOf("SQLDATE")].Should().Be("20230616");
        strike[GdeltColumns.IndexOf("EventRootCode")].Should().Be("19");
        strike[GdeltColumns.IndexOf("QuadClass")].Should().Be("4");
        strike[GdeltColumns.IndexOf("GoldsteinScale")].Should().Be("-10.0");
        strike[GdeltColumns.IndexOf("SOURCEURL")].Should().Be("https://apnews.com/article/kherson");
        lines[0].Split('\t')[GdeltColumns.IndexOf("Actor1Name")].Should().Be("XI JINPING");
    }

    [Fact]
    public void Gdelt_export_reimports_to_the_same_events()
    {
        ExportSet set = Sample();
        var text = new StringWriter();
        new GdeltExport(Shipped.Knowledge, CameoWeights.Shipped).Write(set, text);
        List<ImportedEvent> back = [.. Shipped.Gdelt.Read(new StringReader(text.ToString()), "export.tsv").Select(line => line.Event!)];
        back.Should().HaveCount(3);
        for (int index = 0; index < 3; index++)
        {
            LedgerEvent original = set.Events[index];
            ImportedEvent again = back[index];
            (again.Type, again.Cameo, again.Date.Start).Should().Be((original.Type, original.Cameo, original.Date!.Value.Start));
            again.Actors.Should().Equal(original.Actors);
            again.Recipients.Should().Equal(original.Recipients);
        }

        back[0].OriginId.Should().Be(GdeltExport.GlobalEventId(set.Events[0]));
    }

    [Fact]
    public void Jsonl_writes_one_event_per_line_with_its_mentions()
    {
        var text = new StringWriter();
        JsonlExport.Write(Sample(), text);
        string[] lines = text.ToString().TrimEnd().Split('\n');
        lines.Should().HaveCount(3);
        using var first = System.Text.Json.JsonDocument.Parse(lines[0]);
        first.RootElement.GetProperty("mentions").GetArrayLength().Should().Be(2);
        first.RootElement.GetProperty("date_precision").GetString().Should().Be("day");
    }

    [Fact]
    public void Plover_json_names_actor_and_recipient_as_polecat_does()
    {
        var text = new StringWriter();
        PloverExport.Write(Sample(), text, "test");
        using var first = System.Text.Json.JsonDocument.Parse(text.ToString().Split('\n')[0]);
        JsonElementAssertions(first.RootElement);
    }

    private static void JsonElementAssertions(System.Text.Json.JsonElement call)
    {
        call.GetProperty("event_type").GetString().Should().Be("CONSULT");
        call.GetProperty("event_mode").GetString().Should().Be("phone");
        call.GetProperty("event_date").GetString().Should().Be("2026-02-04");
        call.GetProperty("actor_name").GetString().Should().Be("Xi Jinping");
        call.GetProperty("actor_country").GetString().Should().Be("CHN");
        call.GetProperty("recipient_name").GetString().Should().Be("Vladimir Putin");
        call.GetProperty("event_text").GetString().Should().StartWith("On Wednesday Xi made a video call");
        call.GetProperty("contexts").EnumerateArray().Select(e => e.GetString()).Should().Equal("United States", "Iran");
    }

    [Fact]
    public void Goldstein_weights_cover_every_root() =>
        Enumerable.Range(1, 20).Select(root => CameoWeights.Shipped.Of(root.ToString("D2", CultureInfo.InvariantCulture) + "0"))
            .Should().OnlyContain(weight => weight != null && weight.Goldstein >= -10 && weight.Goldstein <= 10);
}

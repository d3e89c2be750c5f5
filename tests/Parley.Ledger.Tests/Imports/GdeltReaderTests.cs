using Parley.Ledger.Imports;
using Parley.TestKit;

namespace Parley.Ledger.Tests.Imports;

public sealed class GdeltReaderTests
{
    private const string File = "imports/gdelt-export-2023-06.tsv";

    [Fact]
    public void Reads_the_official_export_layout_and_names_each_bad_line()
    {
        List<ImportLine> lines = Shipped.ReadGdelt(File);
        lines.Should().HaveCount(6);
        lines.Select(line => line.Problem).OfType<ImportProblem>().Select(problem => problem.ToString()).Should().Equal(
            $"{File}:5: expected 61 tab-separated columns, found 6",
            $"{File}:6: SQLDATE '2023-06-18' is not a date yyyymmdd");
    }

    [Fact]
    public void Country_codes_become_iso3_and_role_codes_keep_a_gdelt_id()
    {
        ImportedEvent visit = Event("1106250001");
        (visit.Type, visit.Mode, visit.Cameo).Should().Be(("CONSULT", "visit", "042"));
        visit.Actors.Should().Equal("gdelt:usagov");
        visit.ActorDetails[0].Should().Be(new ImportedActor("gdelt:usagov", "UNITED STATES", "government", "USA"));
        visit.SourceRef.Should().Be("https://www.reuters.com/world/blinken-beijing-visit-2023-06-16/");

        ImportedEvent attack = Event("1106250002");
        attack.Type.Should().Be("ASSAULT");
        attack.Actors.Should().Equal("RUS");
        attack.Recipients.Should().Equal("UKR");
    }

    [Fact]
    public void Named_people_resolve_to_the_knowledge_base()
    {
        ImportedEvent meeting = Event("1106250003");
        meeting.Actors.Should().Equal("xi-jinping");
        meeting.Recipients.Should().Equal("antony-blinken");
    }

    [Fact]
    public void Root_events_with_many_mentions_are_more_confident()
    {
        Event("1106250002").Confidence.Should().BeGreaterThan(Event("1106250004").Confidence);
        Event("1106250004").Recipients.Should().BeEmpty();
    }

    [Fact]
    public void A_header_row_decides_the_layout_of_a_comma_separated_table()
    {
        string csv = "GLOBALEVENTID,SQLDATE,Actor1Code,Actor1Name,Actor1CountryCode,Actor2Code,Actor2Name,Actor2CountryCode,EventCode,SOURCEURL\n"
            + "990001,20230620,DEU,GERMANY,DEU,FRA,FRANCE,FRA,057,\"https://example.org/a,b\"\n"
            + "990002,20230620,DEU,GERMANY\n";
        List<ImportLine> lines = [.. Shipped.Gdelt.Read(new StringReader(csv), "bigquery.csv")];
        lines[0].Event!.Type.Should().Be("AGREE");
        lines[0].Event!.SourceRef.Should().Be("https://example.org/a,b");
        lines[1].Problem!.ToString().Should().Be("bigquery.csv:3: expected 10 comma-separated columns, found 4");
    }

    [Fact]
    public void The_codebooks_column_table_is_refused_as_not_event_rows()
    {
        List<ImportLine> lines = [.. Shipped.Gdelt.Read(new StringReader("name,type,description\nGLOBALEVENTID,INTEGER,\"id\"\n"), "events2.csv")];
        lines.Should().ContainSingle().Which.Problem!.Reason.Should().Contain("column reference table");
    }

    [Fact]
    public void The_column_list_matches_the_gdelt_codebook_table()
    {
        const string relative = "data/event-samples/gdelt/events2.csv";
        if (Fixture.SharedPath(relative) is not { } path)
        {
            Assert.Skip(Fixture.SharedMissing(relative));
            return;
        }

        List<string> names = [.. System.IO.File.ReadLines(path).Skip(1).Where(line => line.Length > 0 && char.IsUpper(line[0]))
            .Select(line => line.Split(',')[0])];
        names.Should().Equal(GdeltColumns.Names);
    }

    private static ImportedEvent Event(string id) =>
        Shipped.ReadGdelt(File).Select(line => line.Event).OfType<ImportedEvent>().Single(e => e.OriginId == id);
}

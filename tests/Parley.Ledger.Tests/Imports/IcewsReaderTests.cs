using Parley.Core;
using Parley.Ledger.Imports;
using Parley.TestKit;

namespace Parley.Ledger.Tests.Imports;

public sealed class IcewsReaderTests
{
    private const string File = "imports/icews-june-2018.tab";

    [Fact]
    public void Reads_every_good_line_and_names_each_bad_one()
    {
        List<ImportLine> lines = Shipped.ReadIcews(File);
        lines.Should().HaveCount(8);
        lines.Count(line => line.Event is not null).Should().Be(5);
        lines.Select(line => line.Problem).OfType<ImportProblem>().Select(problem => problem.ToString()).Should().BeEquivalentTo(
        [
            $"{File}:6: CAMEO Code '17x' is not a CAMEO event code",
            $"{File}:8: Event Date '2018-06-31' is not a date yyyy-mm-dd",
            $"{File}:9: expected 20 tab-separated columns, found 10",
        ]);
    }

    [Fact]
    public void A_summit_between_known_leaders_keeps_their_knowledge_base_ids()
    {
        ImportedEvent summit = Event("40110001");
        summit.Origin.Should().Be("icews");
        summit.Type.Should().Be("CONSULT");
        summit.Mode.Should().Be("third-party");
        summit.Cameo.Should().Be("044");
        summit.Actors.Should().Equal("donald-trump");
        summit.Recipients.Should().Equal("kim-jong-un");
        summit.Date.Should().Be(FuzzyDate.OnDay(new DateOnly(2018, 6, 12)));
        summit.SourceRef.Should().Be("story 47611234, sentence 1, Reuters News");
    }

    [Fact]
    public void A_phone_call_is_a_consult_by_phone()
    {
        ImportedEvent call = Event("40110002");
        (call.Type, call.Mode, call.Medium).Should().Be(("CONSULT", "phone", "phone"));
        call.Actors.Should().Equal("vladimir-putin");
        call.Recipients.Should().Equal("xi-jinping");
    }

    [Fact]
    public void Generic_actors_get_a_deterministic_id_and_the_country_in_their_name()
    {
        ImportedEvent rally = Event("40110003");
        rally.Actors.Should().Equal("icews:citizen-india");
        rally.ActorDetails.Should().ContainEquivalentOf(new ImportedActor("icews:police-india", "Police (India)", "government", "IND"));
        rally.ActorDetails[0].Kind.Should().Be("group");
    }

    [Fact]
    public void An_intent_to_meet_is_a_planned_consult_with_a_country_as_recipient()
    {
        ImportedEvent intent = Event("40110004");
        (intent.Type, intent.Status).Should().Be(("CONSULT", "planned"));
        intent.Recipients.Should().Equal("CHN");
        intent.ActorDetails[0].Should().Be(new ImportedActor("icews:foreign-affairs-bangladesh", "Foreign Affairs (Bangladesh)", "government", "BGD"));
    }

    [Fact]
    public void Reads_the_real_icews_sample_with_no_bad_line()
    {
        const string relative = "data/event-samples/icews/events.2018.sample.tab";
        if (Fixture.SharedPath(relative) is not { } path)
        {
            Assert.Skip(Fixture.SharedMissing(relative));
            return;
        }

        using var reader = new StreamReader(path);
        List<ImportLine> lines = [.. Shipped.Icews.Read(reader, relative)];
        lines.Should().HaveCount(3705);
        lines.Where(line => line.Problem is not null).Should().BeEmpty();
        List<ImportedEvent> events = [.. lines.Select(line => line.Event!)];
        events.Select(e => e.OriginId).Should().OnlyHaveUniqueItems();
        // The sample's most frequent codes: 528 statements (010) and 492 consultations (040).
        events.Count(e => e.Cameo == "010").Should().Be(528);
        events.Count(e => e.Type == "CONSULT" && e.Cameo == "040").Should().Be(492);
        events.Should().OnlyContain(e => CameoTable.Types.Contains(e.Type));
        events.Should().OnlyContain(e => e.Date.Start.Year == 2018 && e.Date.Start.Month == 6);
    }

    private static ImportedEvent Event(string id) =>
        Shipped.ReadIcews(File).Select(line => line.Event).OfType<ImportedEvent>().Single(e => e.OriginId == id);
}

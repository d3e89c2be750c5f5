using System.Text.Json;
using Parley.TestKit;

namespace Parley.Cli.Tests.Commands;

/// <summary>The reference article end to end, against ../shared/seed/gold.json (read from there, never copied).</summary>
public sealed class SeedArticleTests
{
    private static (JsonElement Output, JsonElement Gold) AnalyzeSeed()
    {
        string? article = Fixture.SharedPath("seed/article.txt");
        string? gold = Fixture.SharedPath("seed/gold.json");
        if (article is null || gold is null)
        {
            Assert.Skip(Fixture.SharedMissing("seed"));
        }

        var output = new StringWriter();
        int exit = Program.Run(["analyze", article, "--format", "json"], output, new StringWriter());
        exit.Should().Be(ExitCodes.Success);
        return (JsonDocument.Parse(output.ToString()).RootElement.Clone(), JsonDocument.Parse(File.ReadAllText(gold)).RootElement.Clone());
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [Fact]
    public void Lists_exactly_the_gold_actors_with_kinds_countries_offices_and_descriptions()
    {
        (JsonElement output, JsonElement gold) = AnalyzeSeed();
        JsonElement[] actors = [.. output.GetProperty("actors").EnumerateArray()];
        JsonElement[] expected = [.. gold.GetProperty("actors").EnumerateArray()];
        actors.Should().HaveCount(expected.Length);

        foreach (JsonElement want in expected)
        {
            string name = Text(want, "name")!;
            // Matching is by meaning: the actor's name, or the name as the article prints it ("AFP").
            JsonElement got = actors.Should().ContainSingle(actor => Text(actor, "name") == name
                || actor.GetProperty("mentions").EnumerateArray().Any(m => Text(m, "text") == name), name).Subject;
            Text(got, "kind").Should().Be(Text(want, "kind"), name);
            if (Text(want, "country") is { } country)
            {
                Text(got, "country").Should().Be(country, name);
            }

            if (Text(want, "role") is { } role)
            {
                got.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Contain(role, name);
            }

            if (Text(want, "description") is { } description)
            {
                Text(got, "description").Should().Be(description, name);
            }
        }
    }

    [Fact]
    public void Every_actor_mention_points_at_its_text()
    {
        (JsonElement output, _) = AnalyzeSeed();
        string text = Text(output.GetProperty("article"), "text")!;
        foreach (JsonElement mention in output.GetProperty("actors").EnumerateArray().SelectMany(a => a.GetProperty("mentions").EnumerateArray()))
        {
            int start = mention.GetProperty("start").GetInt32();
            int end = mention.GetProperty("end").GetInt32();
            text[start..end].Should().Be(Text(mention, "text"));
        }
    }

    [Fact]
    public void Finds_the_five_gold_events_and_no_other_above_half_confidence()
    {
        (JsonElement output, JsonElement gold) = AnalyzeSeed();
        string[] found = [.. output.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("confidence").GetDouble() > 0.5).Select(Describe)];
        // Gold names participants; the output uses ids. The seed's actors map one to the other.
        string[] expected =
        [
            "CONSULT/phone/video/041 xi-jinping>vladimir-putin 2026-02-04 PT1H30M occurred",
            "CONSULT/phone/phone/041 xi-jinping>donald-trump 2026-02-04 - occurred",
            "STATEMENT/-/social-media/010 usa-presidency> - - occurred",
            "THREATEN/-/phone/130 xi-jinping>USA 2026-02-04 - occurred",
            "CONSULT/visit/in-person/042 donald-trump>CHN 2026-04 - planned",
        ];
        found.Should().BeEquivalentTo(expected);
        gold.GetProperty("events").GetArrayLength().Should().Be(expected.Length);
    }

    private static string Describe(JsonElement e) =>
        $"{Text(e, "type")}/{Text(e, "mode") ?? "-"}/{Text(e, "medium") ?? "-"}/{Text(e, "cameo")} " +
        $"{string.Join('+', e.GetProperty("actors").EnumerateArray().Select(a => a.GetString()))}>" +
        $"{string.Join('+', e.GetProperty("recipients").EnumerateArray().Select(a => a.GetString()))} " +
        $"{Text(e, "date") ?? "-"} {Text(e, "duration") ?? "-"} {Text(e, "status")}";
}

using Parley.Knowledge;

namespace Parley.Events.Tests;

// Stance, concession, halts, sieges and raids (issue 4, events, third round): trigger rows and the stance frames of
// src/Parley.Events/Stance/. Sentences written for these tests in the style of wire copy.
public sealed class StanceTests
{
    private static string[] Events(string text) => CodedEvents.Of(text);

    [Theory]
    // Evaluative verbs of a speaker toward a target.
    [InlineData("Emmanuel Macron hit out at Donald Trump over the tariffs.", "ACCUSE/111 emmanuel-macron -> donald-trump")]
    [InlineData("The Arab League regretted Israel's decision.", "ACCUSE/111 ARL -> ISR")]
    [InlineData("Keir Starmer applauded Emmanuel Macron.", "SUPPORT/051 keir-starmer -> emmanuel-macron")]
    [InlineData("Keir Starmer is a keen proponent of Turkey's bid.", "SUPPORT/051 keir-starmer -> TUR")]
    // Blocking and vetoing are rejections; threatening a veto is a threat.
    [InlineData("Russia blocked Iran's bid to join the body.", "REJECT/12 RUS -> IRN")]
    [InlineData("Keir Starmer threatened to veto Iran's membership.", "THREATEN/13 keir-starmer -> IRN")]
    // A passive whose agent is no known party is not an act of its subject.
    [InlineData("Keir Starmer has been blocked by parliament from cutting the budget.")]
    // Backing down is a concession, not support ("backed").
    [InlineData("Germany backed down over its tariffs on China.", "CONCEDE/08 DEU -> CHN")]
    // Halting talks and ending an agreement are sanctions; the talks themselves are not a meeting.
    [InlineData("Donald Trump scuttled the talks with Iran.", "SANCTION/164 donald-trump -> IRN")]
    [InlineData("The United States terminated its trade agreement with China.", "SANCTION/16 USA -> CHN")]
    // A siege is coercion; a raid is force.
    [InlineData("Russia laid siege to Ukraine's second city.", "COERCE/17 RUS -> UKR")]
    [InlineData("Israel launched a raid on Hamas.", "ASSAULT/190 ISR -> HAMAS")]
    public void Reads_stance_and_conflict_verbs(string text, params string[] expected) => Events(text).Should().BeEquivalentTo(expected);

    [Theory]
    // A naming verb with an evaluation: the speaker judges the party the object names.
    [InlineData("Emmanuel Macron called Britain's rebate \"unjustified\".", "ACCUSE/111 emmanuel-macron -> GBR")]
    [InlineData("Keir Starmer described Emmanuel Macron as the best chance for peace.", "SUPPORT/051 keir-starmer -> emmanuel-macron")]
    // An evaluation as the predicate of a reported clause, the speaker before or after it.
    [InlineData("Keir Starmer said Donald Trump was \"naive\".", "ACCUSE/111 keir-starmer -> donald-trump")]
    [InlineData("Donald Trump was naive, Keir Starmer said.", "ACCUSE/111 keir-starmer -> donald-trump")]
    [InlineData("Keir Starmer said Iran should have let the inspectors in.", "ACCUSE/111 keir-starmer -> IRN")]
    [InlineData("The fishing deal with Norway is not up for renegotiation, Keir Starmer said.", "REJECT/12 keir-starmer -> NOR")]
    // The one told is the listener, not the target.
    [InlineData("Keir Starmer told Emmanuel Macron that Iran was a threat to peace.", "ACCUSE/111 keir-starmer -> IRN")]
    // After a relative clause the speaker is the antecedent, not the party named inside it.
    [InlineData("Keir Starmer, who met Emmanuel Macron on Monday, said Iran should have let the inspectors in.",
        "ACCUSE/111 keir-starmer -> IRN", "CONSULT/040 keir-starmer -> emmanuel-macron")]
    // A judgement also told by a trigger row is one event.
    [InlineData("Keir Starmer criticised Iran, calling its conduct unacceptable.", "ACCUSE/111 keir-starmer -> IRN")]
    public void Reads_stance_in_reported_clauses(string text, params string[] expected) => Events(text).Should().BeEquivalentTo(expected);

    [Theory]
    // A plain "said" with no evaluation is a quote, not an event.
    [InlineData("Keir Starmer said Donald Trump was in Paris.")]
    // An evaluation of no named party (a policy, a state of affairs) codes nothing.
    [InlineData("Keir Starmer said the plan was unjustified.")]
    // A negated evaluation says nothing against anyone.
    [InlineData("Keir Starmer said Donald Trump was not naive.")]
    // A direct quote after a colon judges what its own words name.
    [InlineData("Keir Starmer told Emmanuel Macron: \"It is unacceptable.\"")]
    // The reporter's own words are no one's stance.
    [InlineData("The plan drawn up by Iran was naive.")]
    // "called for" and "called on" are requests, not naming.
    [InlineData("Keir Starmer called for calm, saying the violence was unacceptable.")]
    public void Codes_no_stance_without_a_speaker_judging_a_party(string text) =>
        Events(text).Where(e => e.StartsWith("ACCUSE", StringComparison.Ordinal) || e.StartsWith("SUPPORT", StringComparison.Ordinal)).Should().BeEmpty();

    [Fact]
    public void Stance_rows_are_validated_with_file_and_line()
    {
        const string Bad = "words\ttype\tcameo\texample\nnaive\tACCUZE\t111\tShe said he was naive.\n";
        Action load = () => Stance.StanceReader.Parse("stance-words.tsv", Bad);
        load.Should().Throw<KnowledgeFormatException>().Which.Message.Should().Contain("stance-words.tsv:2");
    }
}

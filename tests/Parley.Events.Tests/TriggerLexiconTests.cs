using Parley.Events.Triggers;
using Parley.Knowledge.Tables;
using Parley.Knowledge.Text;

namespace Parley.Events.Tests;

/// <summary>The shipped trigger lexicon as data a reviewer reads: every row shows its words at work in its own example.</summary>
public sealed class TriggerLexiconTests
{
    [Fact]
    public void Every_trigger_row_has_an_example_sentence_that_contains_its_words()
    {
        string text = EmbeddedTable.Text(typeof(EventTriggers).Assembly, "lexicons/event-triggers.tsv");
        var wrong = new List<string>();
        int line = 0;
        bool header = true;
        foreach (string row in text.Split('\n'))
        {
            line++;
            if (row.Length == 0 || row.StartsWith('#'))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            string[] cells = row.TrimEnd('\r').Split('\t');
            string example = cells.Length > 7 ? cells[7].Trim() : "";
            // Folded as the matcher folds text: a row fires only on its words as printed, in order.
            if (example.Length == 0 || !$" {NameKey.Of(example)} ".Contains($" {NameKey.Of(cells[0])} ", StringComparison.Ordinal))
            {
                wrong.Add($"line {line}: {cells[0]} | {example}");
            }
        }

        wrong.Should().BeEmpty("each row's example should show the row's own words");
        EventTriggers.Shipped.All.Should().HaveCountGreaterThan(100);
    }
}

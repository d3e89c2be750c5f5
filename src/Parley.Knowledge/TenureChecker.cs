using Parley.Knowledge.Tables;

namespace Parley.Knowledge;

/// <summary>Checks that no two tenures of a single-holder office overlap (end is exclusive, so a handover day is fine).</summary>
internal static class TenureChecker
{
    public static void CheckSingleHolders(List<(TsvRow Row, Tenure Tenure)> tenures, Dictionary<string, (TsvRow Row, Office Value)> offices,
        List<KnowledgeError> errors)
    {
        foreach (var office in tenures.GroupBy(entry => entry.Tenure.Office.Value, StringComparer.Ordinal))
        {
            if (!offices[office.Key].Value.IsSingleHolder)
            {
                continue;
            }

            (TsvRow Row, Tenure Tenure)? previous = null;
            foreach (var current in office.OrderBy(entry => entry.Tenure.Start).ThenBy(entry => entry.Row.Line))
            {
                if (previous is { } before && (before.Tenure.End is not { } end || end > current.Tenure.Start))
                {
                    TsvRow row = current.Row;
                    // Report the later row: the earlier one is usually right and the new line is the mistake.
                    TsvRow reported = row.Line >= before.Row.Line || row.File != before.Row.File ? row : before.Row;
                    TsvRow other = reported == row ? before.Row : row;
                    errors.Add(KnowledgeFormatException.OverlappingTenure(reported.File, reported.Line, reported.ColumnOf("start"),
                        $"{reported.Text("person_id")} {reported.Text("start")}..{reported.Text("end")}", other.Where).First);
                }

                if (previous is not { } last || last.Tenure.End is { } lastEnd && (current.Tenure.End is not { } currentEnd || currentEnd > lastEnd))
                {
                    previous = current;
                }
            }
        }
    }
}

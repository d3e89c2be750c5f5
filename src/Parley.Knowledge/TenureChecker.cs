using Parley.Knowledge.Tables;

namespace Parley.Knowledge;

/// <summary>Checks that no two tenures of a single-holder office overlap (end is exclusive, so a handover day is fine).</summary>
internal static class TenureChecker
{
    /// <summary>
    /// Adds an error for each tenure that overlaps an earlier-loaded one of the same single-holder
    /// office. The later row in load order is blamed (a user's file after the shipped ones, a later
    /// line after an earlier one): that is usually the new line, and the mistake. Each row is reported once.
    /// </summary>
    public static void CheckSingleHolders(List<(TsvRow Row, Tenure Tenure)> tenures, Dictionary<string, (TsvRow Row, Office Value)> offices,
        List<KnowledgeError> errors)
    {
        var reported = new HashSet<int>();
        var indexed = tenures.Select((entry, index) => (entry.Row, entry.Tenure, Index: index));
        foreach (var office in indexed.GroupBy(entry => entry.Tenure.Office.Value, StringComparer.Ordinal))
        {
            if (!offices[office.Key].Value.IsSingleHolder)
            {
                continue;
            }

            var sorted = office.OrderBy(entry => entry.Tenure.Start).ThenBy(entry => entry.Index).ToList();
            for (int later = 1; later < sorted.Count; later++)
            {
                for (int earlier = 0; earlier < later; earlier++)
                {
                    var (first, second) = (sorted[earlier], sorted[later]);
                    if (first.Tenure.End is { } end && end <= second.Tenure.Start)
                    {
                        continue;
                    }

                    var (blamed, other) = second.Index > first.Index ? (second, first) : (first, second);
                    if (reported.Add(blamed.Index))
                    {
                        TsvRow row = blamed.Row;
                        errors.Add(KnowledgeFormatException.OverlappingTenure(row.File, row.Line, row.ColumnOf("start"),
                            $"{row.Text("person_id")} {row.Text("start")}..{row.Text("end")}", other.Row.Where).First);
                    }
                }
            }
        }
    }
}

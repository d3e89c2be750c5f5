using System.Globalization;
using System.Text;
using Parley.Knowledge.Tables;

namespace Parley.Knowledge.Phoenix;

/// <summary>Renders a <see cref="PhoenixImport"/> as the knowledge files of a user folder (people.tsv, offices.tsv, tenures.tsv), in docs/data-formats.md's format.</summary>
public static class PhoenixImportFiles
{
    /// <summary>The three files, named by table (their <see cref="KnowledgeFile.Name"/> is the table name too; the caller chooses the folder).</summary>
    public static IReadOnlyList<KnowledgeFile> Render(PhoenixImport import)
    {
        ArgumentNullException.ThrowIfNull(import);
        return
        [
            File("offices.tsv", import, "Offices made for the import: one per country and Phoenix role (GOV, MIL, LEG, JUD), with several holders.",
                KnowledgeLoader.OfficeColumns,
                import.Offices.Select(office => Row(office.Id.Value, office.Title, office.Polity.Value, "member", "no", office.Source))),
            File("people.tsv", import, "People of the dictionary that the shipped knowledge base does not know; aliases are the dictionary's synonyms.",
                KnowledgeLoader.PersonColumns,
                import.People.Select(person => Row(person.Id.Value, Clean(person.Name), string.Join('|', person.Aliases.Select(Clean)),
                    person.Country?.Value ?? "", "", person.Source))),
            File("tenures.tsv", import, "Dated GOV, MIL, LEG and JUD codes as tenures; end is the day after Phoenix's (inclusive) last day.",
                KnowledgeLoader.TenureColumns,
                import.Tenures.Select(tenure => Row(tenure.Person.Value, tenure.Office.Value, Iso(tenure.Start),
                    tenure.End is { } end ? Iso(end) : "", tenure.Source) + "\t# " + Clean(tenure.Note))),
        ];
    }

    private static KnowledgeFile File(string table, PhoenixImport import, string what, IEnumerable<string> columns, IEnumerable<string> rows)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(what).Append('\n');
        text.Append("# source: ").Append(Clean(import.Source)).Append(", a PETRARCH/Phoenix actor dictionary, imported by `parley kb import phoenix`\n");
        text.Append("# licence: that of the imported dictionary (see its header)\n");
        text.Append("# owner: whoever ran the import; regenerate rather than edit\n");
        text.Append("# format: docs/data-formats.md#").Append(table.Replace(".", "", StringComparison.Ordinal)).Append(" and docs/decisions/0002-phoenix-import.md\n");
        text.Append(string.Join('\t', columns)).Append('\n');
        foreach (string row in rows)
        {
            text.Append(row).Append('\n');
        }

        return new KnowledgeFile(table, table, text.ToString());
    }

    private static string Row(params string[] fields) => string.Join('\t', fields);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Tabs and pipes would split a field; Phoenix names have neither, but a user's file might.
    private static string Clean(string value) => value.Replace('\t', ' ').Replace('|', '/');
}

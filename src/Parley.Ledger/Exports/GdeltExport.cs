using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Parley.Knowledge;
using Parley.Ledger.Imports;

namespace Parley.Ledger.Exports;

/// <summary>
/// Writes events as GDELT 2.0 Events rows: the 61 columns of <see cref="GdeltColumns"/> in the official order,
/// tab-separated, no header, empty where Parley has no value (tone, geography, actor attributes; see
/// docs/ledger.md "Imports and exports"). Actor1 is the event's first actor and Actor2 its first recipient.
/// </summary>
public sealed class GdeltExport
{
    private readonly KnowledgeBase _knowledge;
    private readonly CameoWeights _weights;

    /// <summary>Creates an exporter that codes countries with <paramref name="knowledge"/>'s CAMEO codes.</summary>
    public GdeltExport(KnowledgeBase knowledge, CameoWeights weights)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(weights);
        _knowledge = knowledge;
        _weights = weights;
    }

    /// <summary>Writes every event of <paramref name="set"/> as one line.</summary>
    public void Write(ExportSet set, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(output);
        foreach (LedgerEvent item in set.Events)
        {
            output.Write(string.Join('\t', Row(set, item)));
            output.Write('\n');
        }
    }

    /// <summary>The 61 fields of one event, tabs and line breaks inside values replaced by spaces.</summary>
    public string[] Row(ExportSet set, LedgerEvent item)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(item);
        var row = new string[GdeltColumns.Names.Length];
        Array.Fill(row, "");
        void Set(string column, string? value) => row[GdeltColumns.IndexOf(column)] = Clean(value);

        Set("GLOBALEVENTID", GlobalEventId(item));
        if (item.Date is { } date)
        {
            DateOnly day = date.Start;
            Set("SQLDATE", day.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            Set("MonthYear", day.ToString("yyyyMM", CultureInfo.InvariantCulture));
            Set("Year", day.ToString("yyyy", CultureInfo.InvariantCulture));
            // The codebook's own approximation: YYYY + (MONTH * 30 + DAY) / 365.
            Set("FractionDate", (day.Year + (((day.Month * 30) + day.Day) / 365.0)).ToString("0.0000", CultureInfo.InvariantCulture));
        }

        WriteActor(Set, "Actor1", item.Actors.FirstOrDefault() is { } first ? set.ActorOf(first) : null);
        WriteActor(Set, "Actor2", item.Recipients.FirstOrDefault() is { } second ? set.ActorOf(second) : null);
        Set("EventCode", item.Cameo);
        Set("EventBaseCode", item.Cameo.Length >= 3 ? item.Cameo[..3] : item.Cameo);
        Set("EventRootCode", item.Cameo.Length >= 2 ? item.Cameo[..2] : item.Cameo);
        if (_weights.Of(item.Cameo) is { } weight)
        {
            Set("QuadClass", weight.QuadClass.ToString(CultureInfo.InvariantCulture));
            Set("GoldsteinScale", weight.Goldstein.ToString("0.0", CultureInfo.InvariantCulture));
        }

        List<LedgerMention> mentions = [.. set.Mentions[item.Id]];
        Set("NumMentions", item.MentionCount.ToString(CultureInfo.InvariantCulture));
        Set("NumSources", Math.Max(1, mentions.Select(m => m.ReportedBy).Distinct(StringComparer.Ordinal).Count()).ToString(CultureInfo.InvariantCulture));
        int articles = mentions.Select(m => m.ArticleId).OfType<string>().Distinct(StringComparer.Ordinal).Count();
        Set("NumArticles", (articles > 0 ? articles : item.MentionCount).ToString(CultureInfo.InvariantCulture));
        Set("SOURCEURL", mentions.Select(m => m.SourceRef).FirstOrDefault(reference => reference is not null
            && (reference.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || reference.StartsWith("https://", StringComparison.OrdinalIgnoreCase))));
        return row;
    }

    /// <summary>
    /// GDELT's ids are integers. An event imported from GDELT keeps its own; any other gets a stable positive
    /// 60-bit number from the hash of its ledger id, so exporting twice gives the same ids.
    /// </summary>
    public static string GlobalEventId(LedgerEvent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Origin == "gdelt" && item.OriginId is { } own)
        {
            return own;
        }

        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(item.Id));
        return (BitConverter.ToInt64(hash, 0) & 0x0FFF_FFFF_FFFF_FFFF).ToString(CultureInfo.InvariantCulture);
    }

    private void WriteActor(Action<string, string?> set, string prefix, LedgerActor? actor)
    {
        if (actor is null)
        {
            return;
        }

        string? country = actor.Country is { } iso3 ? CountryCode(iso3) : null;
        string? role = actor.Kind switch { "government" => "GOV", "igo" => "IGO", "media" => "MED", _ => null };
        string? code = actor.Id.StartsWith("gdelt:", StringComparison.Ordinal)
            ? actor.Id["gdelt:".Length..].ToUpperInvariant()
            : actor.Kind == "country" ? CountryCode(actor.Id) : country + role;
        set(prefix + "Code", code);
        // GDELT prints actor names in capitals.
        set(prefix + "Name", actor.Name.ToUpperInvariant());
        set(prefix + "CountryCode", actor.Kind == "country" ? CountryCode(actor.Id) : country);
        set(prefix + "Type1Code", role);
    }

    private string CountryCode(string iso3) => _knowledge.CountryByCode(iso3) is { } country ? country.CameoCode ?? country.Code.Value : iso3;

    private static string Clean(string? value) => value is null ? "" : value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}

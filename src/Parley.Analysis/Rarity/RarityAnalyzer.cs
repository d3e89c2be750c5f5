using System.Collections.Immutable;
using System.Data;
using System.Globalization;
using System.Text;
using Parley.Analysis.Sql;
using Parley.Ledger;

namespace Parley.Analysis.Rarity;

/// <summary>
/// Answers "how often did this happen before?" with SQL over the ledger, so that millions of events never leave the
/// database. The questions read <see cref="ContactRows"/> (one row per event, actor and counterpart, sorted by actor),
/// filtered by the actor first, rather than joining <c>event_actors</c> to <c>events</c> on text ids. The model is written out in docs/analysis.md;
/// every count is strictly before the date asked about, and only events dated to the day take part.
/// Common table expressions are MATERIALIZED (DuckDB and PostgreSQL both accept it): each is read several times,
/// and inlined they would join the actor's rows to the events table once per reference.
/// </summary>
public sealed class RarityAnalyzer
{
    // No answer asks about dates this late: it stands in for "no upper bound" without a typed NULL parameter.
    private static readonly DateOnly Open = new(9999, 12, 31);

    private readonly ISqlSource source;
    private readonly ContactRules rules;
    private bool fresh;

    /// <summary>Creates an analyzer over a ledger with the given contact rules.</summary>
    public RarityAnalyzer(ISqlSource source, ContactRules rules)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Types.IsDefaultOrEmpty || rules.WindowDays < 1)
        {
            throw new ArgumentException("contact rules need at least one event type and a window of at least one day", nameof(rules));
        }

        this.source = source;
        this.rules = rules;
    }

    /// <summary>
    /// The actor in contact with <paramref name="minimum"/> or more distinct counterparts within one window, before
    /// <paramref name="before"/> (all history when null). Expected = Σ over covered windows P(N ≥ minimum), N ~ Poisson(λ),
    /// λ = contacts per covered window.
    /// </summary>
    public RarityAnswer MultiCounterpart(string actor, int minimum, DateOnly? before)
    {
        EnsureContactRows();
        ArgumentOutOfRangeException.ThrowIfLessThan(minimum, 1);
        var parameters = new List<object?> { actor, before ?? Open, minimum };
        // PostgreSQL refuses parameters a statement does not use: the type list only when the query reads it.
        string types = DayContacts ? "" : TypeList(parameters);
        // With the default rules every figure is in actor_days, one row per covered day; otherwise the windows' distinct
        // counterparts come from the actor's contact rows.
        string sql = DayContacts
            ? """
              SELECT COUNT(*), COALESCE(SUM(events), 0), MIN(day), MAX(day), COALESCE(SUM(contacts), 0),
                     COUNT(*) FILTER (WHERE contacts >= $3), MAX(day) FILTER (WHERE contacts >= $3)
              FROM actor_days WHERE actor_id = $1 AND day < $2
              """
            : $"""
              WITH {CoverageCte},
              per_window AS (
                  SELECT {Window("day")} AS w, COUNT(DISTINCT counterpart) AS k, MAX(day) AS last_day FROM contact_rows
                  WHERE actor_id = $1 AND exact AND day < $2 AND counterpart IS NOT NULL AND type IN ({types}) GROUP BY 1)
              SELECT cov.windows, cov.events, cov.first_day, cov.last_day,
                     (SELECT COALESCE(SUM(k), 0) FROM per_window),
                     (SELECT COUNT(*) FROM per_window WHERE k >= $3),
                     (SELECT MAX(last_day) FROM per_window WHERE k >= $3)
              FROM cov
              """;
        (Coverage coverage, int observed, DateOnly? last) = source.Query(sql, parameters, r => (ReadCoverage(r), ToInt(r.GetValue(5)), ToDate(r.GetValue(6))))[0];

        double lambda = coverage.CoveredWindows == 0 ? 0 : (double)coverage.Contacts / coverage.CoveredWindows;
        double perWindow = Poisson.AtLeast(minimum, lambda);
        double expected = coverage.CoveredWindows * perWindow;
        string name = NameOf(actor);
        string description = $"{name} in contact ({TypesText}) with {minimum} or more distinct counterparts within {WindowText}";
        return Answer("multi-counterpart", description, actor, name, [], before, observed, coverage.CoveredWindows, expected, last, coverage,
            $"on {Count(observed)} of {Count(coverage.CoveredWindows)} covered {WindowUnit}s");
    }

    /// <summary>
    /// The actor in contact with every one of <paramref name="counterparts"/> within one window. Expected =
    /// D × Π (windows with counterpart j / D), D = covered windows: each counterpart's contacts independent of the others'.
    /// </summary>
    public RarityAnswer CounterpartSet(string actor, IReadOnlyList<string> counterparts, DateOnly? before)
    {
        ArgumentNullException.ThrowIfNull(counterparts);
        EnsureContactRows();
        if (counterparts.Count == 0)
        {
            throw new ArgumentException("name at least one counterpart", nameof(counterparts));
        }

        var parameters = new List<object?> { actor, before ?? Open, counterparts.Count };
        string types = TypeList(parameters);
        string set = Placeholders(parameters, counterparts);
        // Contacts: the distinct (day, counterpart) pairs, summed per day in actor_days under the default types.
        string contacts = DayContactTypesOnly
            ? "cov.day_contacts"
            : $"""
              (SELECT COUNT(*) FROM (SELECT DISTINCT day, counterpart FROM contact_rows
                  WHERE actor_id = $1 AND exact AND day < $2 AND counterpart IS NOT NULL AND type IN ({types})) AS pairs)
              """;
        string sql = $"""
            WITH {CoverageCte},
            chosen AS (
                SELECT {Window("day")} AS w, counterpart, MAX(day) AS last_day FROM contact_rows
                WHERE actor_id = $1 AND exact AND day < $2 AND type IN ({types}) AND counterpart IN ({set}) GROUP BY 1, 2),
            together AS (SELECT w, MAX(last_day) AS last_day FROM chosen GROUP BY w HAVING COUNT(*) = $3),
            per_counterpart AS (SELECT counterpart, COUNT(*) AS n FROM chosen GROUP BY counterpart)
            SELECT cov.windows, cov.events, cov.first_day, cov.last_day, {contacts},
                   (SELECT COUNT(*) FROM together), (SELECT MAX(last_day) FROM together), p.counterpart, p.n
            FROM cov LEFT JOIN per_counterpart p ON TRUE
            """;
        var rows = source.Query(sql, parameters, r => (Coverage: ReadCoverage(r), Observed: ToInt(r.GetValue(5)), Last: ToDate(r.GetValue(6)),
            Counterpart: r.IsDBNull(7) ? null : r.GetString(7), Windows: ToInt(r.GetValue(8))));
        Coverage coverage = rows[0].Coverage;
        double expected = coverage.CoveredWindows;
        foreach (string counterpart in counterparts)
        {
            int windows = rows.FirstOrDefault(r => r.Counterpart == counterpart).Windows;
            expected *= coverage.CoveredWindows == 0 ? 0 : (double)windows / coverage.CoveredWindows;
        }

        string name = NameOf(actor);
        string others = string.Join(" and ", counterparts.Select(NameOf));
        string description = $"{name} in contact ({TypesText}) with {others} within {WindowText}";
        return Answer("counterpart-set", description, actor, name, [.. counterparts], before, rows[0].Observed, coverage.CoveredWindows, expected,
            rows[0].Last, coverage, $"on {Count(rows[0].Observed)} of {Count(coverage.CoveredWindows)} covered {WindowUnit}s");
    }

    /// <summary>
    /// The dyad's contact on <paramref name="on"/> after the silence since their previous contact, against the earlier
    /// gaps of the same dyad. Observed = earlier gaps at least as long; the tail probability is P(gap ≥ this gap) for
    /// an exponential with the dyad's mean gap, and expected = earlier gaps × that probability.
    /// </summary>
    public RarityAnswer DyadSilence(string actor, string counterpart, DateOnly on)
    {
        EnsureContactRows();
        var parameters = new List<object?> { actor, counterpart, on };
        string types = TypeList(parameters);
        string sql = $"""
            WITH d AS (
                SELECT DISTINCT day FROM contact_rows
                WHERE actor_id = $1 AND counterpart = $2 AND type IN ({types}) AND exact AND day < $3),
            g AS (SELECT day, day - LAG(day) OVER (ORDER BY day) AS gap, $3 - MAX(day) OVER () AS now_gap FROM d)
            SELECT COUNT(*), MIN(day), MAX(day), MAX(now_gap), COUNT(gap), COALESCE(SUM(gap), 0),
                   COUNT(*) FILTER (WHERE gap >= now_gap), MAX(day) FILTER (WHERE gap >= now_gap)
            FROM g
            """;
        var row = source.Query(sql, parameters, r => (Days: ToInt(r.GetValue(0)), First: ToDate(r.GetValue(1)), Last: ToDate(r.GetValue(2)),
            Gap: r.IsDBNull(3) ? (int?)null : ToInt(r.GetValue(3)), Gaps: ToInt(r.GetValue(4)), GapSum: (double)ToLong(r.GetValue(5)),
            Observed: ToInt(r.GetValue(6)), LastLong: ToDate(r.GetValue(7))))[0];

        var coverage = new Coverage(row.First, row.Last, row.Days, row.Days, row.Days);
        string name = NameOf(actor);
        string other = NameOf(counterpart);
        if (row.Gap is not { } gap)
        {
            return Answer("dyad-silence", $"{name} in contact ({TypesText}) with {other} for the first time on record", actor, name, [counterpart], on,
                0, 0, 0, null, coverage, "with no earlier contact between them in the ledger", tailOverride: 1);
        }

        double meanGap = row.Gaps == 0 ? 0 : row.GapSum / row.Gaps;
        double tail = meanGap <= 0 ? 0 : Math.Exp(-gap / meanGap);
        string description = $"{name} in contact ({TypesText}) with {other} after {Count(gap)} days without one";
        string scope = row.Gaps == 0
            ? "with a single earlier contact day, so no earlier gap to compare"
            : $"{Count(row.Observed)} of {Count(row.Gaps)} earlier gaps between their contact days were as long (mean gap {meanGap.ToString("0.#", CultureInfo.InvariantCulture)} days)";
        return Answer("dyad-silence", description, actor, name, [counterpart], on, row.Observed, row.Gaps, row.Gaps * tail, row.LastLong, coverage,
            scope, tailOverride: row.Gaps == 0 ? 1 : tail);
    }

    /// <summary>
    /// Events of <paramref name="type"/> between the actor and the counterpart (either side). Expected = the actor's
    /// events of that type × the counterpart's share of the actor's events: type and counterpart independent.
    /// </summary>
    public RarityAnswer DyadType(string actor, string counterpart, string type, DateOnly? before)
    {
        EnsureContactRows();
        var parameters = new List<object?> { actor, counterpart, before ?? Open, type };
        // The actor's events (any precision) by day and type from actor_types; the dyad's from its few contact rows.
        string sql = """
            WITH mine AS (
                SELECT COUNT(DISTINCT day) AS days, COALESCE(SUM(events), 0) AS events, MIN(day) AS first_day, MAX(day) AS last_day,
                       COALESCE(SUM(events) FILTER (WHERE type = $4), 0) AS of_type
                FROM actor_types WHERE actor_id = $1 AND day < $3),
            paired AS (
                SELECT COUNT(DISTINCT event_id) AS events, COUNT(DISTINCT event_id) FILTER (WHERE type = $4) AS of_type,
                       MAX(day) FILTER (WHERE type = $4) AS last_day
                FROM contact_rows WHERE actor_id = $1 AND counterpart = $2 AND day < $3)
            SELECT mine.days, mine.events, mine.first_day, mine.last_day, mine.of_type, paired.events, paired.of_type, paired.last_day
            FROM mine, paired
            """;
        var row = source.Query(sql, parameters, r => (Days: ToInt(r.GetValue(0)), Events: ToInt(r.GetValue(1)), First: ToDate(r.GetValue(2)), Last: ToDate(r.GetValue(3)),
            OfType: ToInt(r.GetValue(4)), Paired: ToInt(r.GetValue(5)), Observed: ToInt(r.GetValue(6)), LastSeen: ToDate(r.GetValue(7))))[0];
        var coverage = new Coverage(row.First, row.Last, row.Days, row.Events, row.OfType);
        double expected = row.Events == 0 ? 0 : (double)row.OfType * row.Paired / row.Events;
        string name = NameOf(actor);
        string description = $"{type} between {name} and {NameOf(counterpart)}";
        return Answer("dyad-type", description, actor, name, [counterpart], before, row.Observed, row.OfType, expected, row.LastSeen, coverage,
            $"{Count(row.Observed)} of {name}'s {Count(row.OfType)} {type} events, and {Count(row.Paired)} event{(row.Paired == 1 ? "" : "s")} of any type with {NameOf(counterpart)}");
    }

    /// <summary>
    /// Every question that fits one stored event, asked about the time before it: the event's type between its first
    /// actor and each counterpart; for a contact, the silence before it and, when the actor met several counterparts
    /// in the same window, the multi-counterpart and counterpart-set patterns (listed first: they are the headline).
    /// Null when the ledger holds no such event.
    /// </summary>
    public IReadOnlyList<RarityAnswer>? ForEvent(string eventId, string? actor = null)
    {
        var found = source.Query("SELECT type, date_start, date_precision FROM events WHERE event_id = $1", [eventId],
            r => (Type: r.GetString(0), Day: ToDate(r.GetValue(1)), Precision: r.IsDBNull(2) ? null : r.GetString(2)));
        if (found.Count == 0)
        {
            return null;
        }

        (string type, DateOnly? day, string? precision) = found[0];
        var participants = source.Query("SELECT actor_id, role FROM event_actors WHERE event_id = $1 ORDER BY role, actor_id", [eventId],
            r => r.GetString(0));
        string subject = actor ?? (participants.Count > 0 ? participants[0] : null) ?? throw new InvalidOperationException($"event {eventId} has no participants");
        var counterparts = participants.Where(p => p != subject).Distinct().ToList();
        DateOnly? before = precision == "day" ? day : null;

        var answers = new List<RarityAnswer>();
        bool contact = rules.Types.Contains(type);
        if (contact && before is { } on)
        {
            List<string> sameWindow = CounterpartsInWindow(subject, on);
            if (sameWindow.Count >= 2)
            {
                answers.Add(MultiCounterpart(subject, sameWindow.Count, on));
                answers.Add(CounterpartSet(subject, sameWindow, on));
            }

            answers.AddRange(counterparts.Select(c => DyadSilence(subject, c, on)));
        }

        answers.AddRange(counterparts.Select(c => DyadType(subject, c, type, before)));
        return answers;
    }

    /// <summary>The distinct counterparts the actor contacted in the window holding <paramref name="on"/>.</summary>
    public List<string> CounterpartsInWindow(string actor, DateOnly on)
    {
        EnsureContactRows();
        var parameters = new List<object?> { actor, on };
        string types = TypeList(parameters);
        string sql = $"""
            SELECT DISTINCT counterpart FROM contact_rows
            WHERE actor_id = $1 AND counterpart IS NOT NULL AND type IN ({types}) AND exact
              AND {Window("day")} = {Window("$2")}
            ORDER BY 1
            """;
        return [.. source.Query(sql, parameters, r => r.GetString(0))];
    }

    /// <summary>The actor's name from the <c>actors</c> table, or the id when the ledger does not know it.</summary>
    public string NameOf(string actor)
    {
        var names = source.Query("SELECT name FROM actors WHERE actor_id = $1", [actor], r => r.IsDBNull(0) ? null : r.GetString(0));
        return names.Count > 0 && !string.IsNullOrWhiteSpace(names[0]) ? names[0]! : actor;
    }

    // The actor's exposure before the date from actor_days: covered windows, events, first and last day, and the
    // contacts of the default types summed per day. Parameters: $1 actor, $2 before.
    private string CoverageCte => $"""
        cov AS (
            SELECT COUNT(DISTINCT {Window("day")}) AS windows, COALESCE(SUM(events), 0) AS events, MIN(day) AS first_day,
                   MAX(day) AS last_day, COALESCE(SUM(contacts), 0) AS day_contacts
            FROM actor_days WHERE actor_id = $1 AND day < $2)
        """;

    // Whether the rules count the contact types actor_days counts (in any order).
    private bool DayContactTypesOnly => rules.Types.ToHashSet(StringComparer.Ordinal).SetEquals(ContactRows.DayContactTypes);

    // Whether actor_days alone answers the day patterns: the default contact types, one-day windows.
    private bool DayContacts => DayContactTypesOnly && rules.WindowDays == 1;

    // Once per analyzer: the questions of one command see one state of the ledger.
    private void EnsureContactRows()
    {
        if (!fresh)
        {
            ContactRows.Ensure(source);
            fresh = true;
        }
    }

    // A window number for a date expression: days since 1970 divided by the window length (an integer, not user text).
    private string Window(string dateExpression) =>
        rules.WindowDays == 1
            ? $"CAST({dateExpression} AS DATE)"
            : $"CAST(floor((CAST({dateExpression} AS DATE) - DATE '1970-01-01') / {rules.WindowDays.ToString(CultureInfo.InvariantCulture)}) AS BIGINT)";

    private string TypeList(List<object?> parameters) => Placeholders(parameters, rules.Types);

    private static string Placeholders(List<object?> parameters, IEnumerable<string> values)
    {
        var text = new StringBuilder();
        foreach (string value in values)
        {
            parameters.Add(value);
            text.Append(text.Length == 0 ? "" : ", ").Append('$').Append(parameters.Count.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private string TypesText => string.Join("/", rules.Types);

    private string WindowText => rules.WindowDays == 1 ? "one day" : $"{rules.WindowDays.ToString(CultureInfo.InvariantCulture)} days";

    private string WindowUnit => rules.WindowDays == 1 ? "day" : $"{rules.WindowDays.ToString(CultureInfo.InvariantCulture)}-day window";

    private RarityAnswer Answer(string pattern, string description, string actor, string name, ImmutableArray<string> counterparts,
        DateOnly? before, int observed, long trials, double expected, DateOnly? last, Coverage coverage, string scope, double? tailOverride = null)
    {
        string windowUnit = rules.WindowDays == 1 ? "day" : $"{rules.WindowDays.ToString(CultureInfo.InvariantCulture)}-day window";
        double? lift = expected > 0 ? observed / expected : null;
        double tail = tailOverride ?? Poisson.AtLeast(observed, expected);
        bool small = coverage.Events < RarityAnswer.SmallSampleEvents;
        string sentence = RaritySentence.Compose(description, name, before, observed, expected, lift, tail, last, coverage, small, scope, pattern, windowUnit);
        return new RarityAnswer(pattern, description, actor, name, counterparts, before, observed, trials, expected, lift, tail, last, coverage, small, sentence);
    }

    // Columns 0–4 of the pattern queries: covered windows, events, first day, last day, contacts.
    private static Coverage ReadCoverage(IDataRecord r) =>
        new(ToDate(r.GetValue(2)), ToDate(r.GetValue(3)), ToInt(r.GetValue(0)), ToInt(r.GetValue(1)), ToLong(r.GetValue(4)));

    internal static int ToInt(object value) => checked((int)ToLong(value));

    // DuckDB returns SUM over integers as HUGEINT (a BigInteger); PostgreSQL as numeric.
    internal static long ToLong(object value) => value switch
    {
        DBNull => 0,
        System.Numerics.BigInteger big => (long)big,
        _ => Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };

    internal static DateOnly? ToDate(object value) => value switch
    {
        DBNull => null,
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        _ => DateOnly.Parse(value.ToString()!, CultureInfo.InvariantCulture),
    };

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}

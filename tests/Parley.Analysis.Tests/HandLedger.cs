using Parley.Analysis.Sql;

namespace Parley.Analysis.Tests;

/// <summary>
/// A small in-memory ledger built row by row, in the shape of docs/ledger.md, so every expected figure in the
/// tests can be worked out by hand from the rows below.
/// </summary>
internal sealed class HandLedger : IDisposable
{
    public DuckDbSource Db { get; } = new(null);

    public HandLedger()
    {
        Db.Execute(LedgerTables.Create);
        Actor("xi-jinping", "Xi Jinping");
        Actor("vladimir-putin", "Vladimir Putin");
        Actor("donald-trump", "Donald Trump");
        Actor("narendra-modi", "Narendra Modi");
        Actor("lula-da-silva", "Luiz Inácio Lula da Silva");
    }

    public void Actor(string id, string name) =>
        Db.Execute("INSERT INTO actors VALUES ($1, $2, 'person', NULL, TRUE)", id, name);

    public void Event(string id, string type, string date, string actor, string recipient, string precision = "day", int mentions = 1, string? mode = null)
    {
        Db.Execute("INSERT INTO events (event_id, type, mode, cameo, status, date_start, date_end, date_precision, confidence, origin, mention_count, rare) " +
                   "VALUES ($1, $2, $3, '040', 'reported', CAST($4 AS DATE), CAST($4 AS DATE), $5, 0.9, 'parley', $6, FALSE)",
            id, type, mode, date, precision, mentions);
        Db.Execute("INSERT INTO event_actors VALUES ($1, $2, 'actor'), ($1, $3, 'recipient')", id, actor, recipient);
    }

    /// <summary>
    /// Xi's year of contacts before the two calls of 2026-02-04 (with Putin by video, then Trump by phone):
    /// two days with two counterparts (Jan 10, Apr 20), three other contact days, three non-contact days, and one
    /// contact known only to the month (which the day-level patterns must ignore).
    /// </summary>
    public static HandLedger XiYear()
    {
        var l = new HandLedger();
        l.Event("c1", "CONSULT", "2025-01-10", "xi-jinping", "vladimir-putin", mode: "phone");
        l.Event("c2", "CONSULT", "2025-01-10", "xi-jinping", "narendra-modi");
        l.Event("c3", "CONSULT", "2025-02-01", "donald-trump", "xi-jinping", mode: "phone");
        l.Event("x1", "COOPERATE", "2025-02-01", "xi-jinping", "donald-trump");
        l.Event("c4", "CONSULT", "2025-03-05", "vladimir-putin", "xi-jinping", mode: "visit");
        l.Event("c5", "CONSULT", "2025-04-20", "xi-jinping", "lula-da-silva");
        l.Event("c6", "CONSULT", "2025-04-20", "xi-jinping", "vladimir-putin");
        l.Event("x2", "ACCUSE", "2025-05-01", "xi-jinping", "donald-trump");
        l.Event("c7", "CONSULT", "2025-06-15", "xi-jinping", "vladimir-putin");
        l.Event("c8", "CONSULT", "2025-06-15", "vladimir-putin", "xi-jinping");
        l.Event("x3", "DEMAND", "2025-07-01", "xi-jinping", "narendra-modi");
        l.Event("m1", "CONSULT", "2025-08-01", "xi-jinping", "donald-trump", precision: "month");
        l.Event("feb4-putin", "CONSULT", "2026-02-04", "xi-jinping", "vladimir-putin", mentions: 3, mode: "phone");
        l.Event("feb4-trump", "CONSULT", "2026-02-04", "xi-jinping", "donald-trump", mentions: 5, mode: "phone");
        return l;
    }

    public void Dispose() => Db.Dispose();
}

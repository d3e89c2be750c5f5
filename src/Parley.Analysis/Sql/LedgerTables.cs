namespace Parley.Analysis.Sql;

/// <summary>
/// The ledger tables the analyses read, with the column names of docs/ledger.md, for ledgers built outside
/// the store: the benchmark's generated one and the small hand-built ones of the tests. Created only when missing.
/// </summary>
public static class LedgerTables
{
    /// <summary>CREATE TABLE IF NOT EXISTS statements for the tables of docs/ledger.md that analyses read (DuckDB).</summary>
    public const string Create = """
        CREATE TABLE IF NOT EXISTS events (
            event_id VARCHAR PRIMARY KEY, merge_key VARCHAR, type VARCHAR NOT NULL, mode VARCHAR, medium VARCHAR, cameo VARCHAR,
            status VARCHAR, date_start DATE, date_end DATE, date_precision VARCHAR, duration VARCHAR, topics VARCHAR,
            confidence DOUBLE, origin VARCHAR, origin_id VARCHAR, mention_count INTEGER, rare BOOLEAN DEFAULT FALSE, run_id BIGINT);
        CREATE TABLE IF NOT EXISTS event_actors (event_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, role VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS actors (actor_id VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR, country VARCHAR, listed BOOLEAN);
        CREATE TABLE IF NOT EXISTS articles (
            article_id VARCHAR PRIMARY KEY, source VARCHAR, url VARCHAR, outlet VARCHAR, headline VARCHAR, byline VARCHAR, published VARCHAR,
            published_utc TIMESTAMP, updated VARCHAR, language VARCHAR, text VARCHAR, run_id BIGINT);
        CREATE TABLE IF NOT EXISTS event_mentions (
            event_id VARCHAR NOT NULL, article_id VARCHAR, span_start INTEGER, span_length INTEGER, evidence VARCHAR, trigger_row VARCHAR,
            confidence DOUBLE, reported_by VARCHAR, source_ref VARCHAR, run_id BIGINT);
        CREATE TABLE IF NOT EXISTS quotes (
            quote_id VARCHAR PRIMARY KEY, speaker_id VARCHAR, speaker_name VARCHAR, speaker_description VARCHAR, kind VARCHAR, words VARCHAR, source_count INTEGER);
        CREATE TABLE IF NOT EXISTS quote_sources (
            quote_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, words_start INTEGER, words_length INTEGER, evidence_start INTEGER, evidence_length INTEGER, cue VARCHAR);
        """;
}

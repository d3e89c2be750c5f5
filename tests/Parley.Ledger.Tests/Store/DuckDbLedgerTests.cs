using Parley.Core;
using Parley.Ledger.Store;

namespace Parley.Ledger.Tests.Store;

/// <summary>The store suite on DuckDB, each test in its own file; plus what only a file can do wrong.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class DuckDbLedgerTests : LedgerContractTests, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "parley-ledger-" + Guid.NewGuid().ToString("N"));

    protected override ILedger OpenEmpty() => LedgerFactory.Open(Path.Combine(_folder, "nested", Guid.NewGuid().ToString("N") + ".duckdb"));

    [Fact]
    public void A_file_path_opens_duckdb_and_creates_the_folder()
    {
        using ILedger ledger = Open();
        ledger.Backend.Should().Be("duckdb");
        Directory.Exists(Path.Combine(_folder, "nested")).Should().BeTrue();
    }

    [Fact]
    public void A_stored_event_of_another_type_is_no_candidate_even_when_its_merge_hash_matches_the_key()
    {
        using ILedger ledger = Open();
        var sql = (ISqlLedger)ledger;
        long run = ledger.StartRun("ingest", "0.1.0", "kb-1", new DateTimeOffset(2026, 2, 6, 12, 0, 0, TimeSpan.Zero));
        string visit = "Xi Jinping met Vladimir Putin in Moscow on 4 February.";
        string call = "Xi Jinping called Vladimir Putin on 2 February.";
        ledger.Write(Findings.Batch(
            new Findings(visit).Event(visit, "MEET", "in_person", ["xi-jinping"], ["vladimir-putin"], Findings.Day(2026, 2, 4)),
            new Findings(call).Event(call, "CONSULT", "phone", ["xi-jinping"], ["vladimir-putin"], Findings.Day(2026, 2, 2))), run);
        // Two keys with one hash: the visit takes the call key's (the statement also empties the run index, so the
        // next batch reads its candidates from the file).
        string callKey = Keys.MergeKey("CONSULT", "phone", "occurred", Keys.Participants(["xi-jinping"], ["vladimir-putin"]));
        sql.Execute("UPDATE events SET merge_hash = $1 WHERE type = 'MEET'", [Keys.MergeHash(callKey)]);

        // A call on 4 February: the visit shares its day and now its hash, but not its type.
        WriteResult result = ledger.Write(Findings.Batch(SecondReport()), run);

        result.EventsCreated.Should().Be(1);
        result.EventsMerged.Should().Be(0);
        ledger.Events(new EventQuery()).Should().OnlyContain(found => found.MentionCount == 1).And.HaveCount(3);
    }

    [Fact]
    public void A_read_only_file_is_refused_with_a_message_naming_it()
    {
        string path = Path.Combine(_folder, "readonly.duckdb");
        using (ILedger ledger = LedgerFactory.Open(path))
        {
            ledger.EnsureSchema();
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead);
        Action open = () => LedgerFactory.Open(path).Dispose();
        open.Should().Throw<LedgerException>().Which.Message.Should().Contain(path).And.Contain("read-only");
    }

    [Fact]
    public void A_read_only_folder_is_refused_with_a_message_naming_it()
    {
        string folder = Path.Combine(_folder, "locked-folder");
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        Action open = () => LedgerFactory.Open(Path.Combine(folder, "parley.duckdb")).Dispose();
        open.Should().Throw<LedgerException>().Which.Message.Should().Contain(folder).And.Contain("read-only");
    }

    [Fact]
    public void Each_ledger_spills_beside_its_own_file_not_into_the_working_directory()
    {
        // Two ingests started in one folder once shared DuckDB's ".tmp" there, and the first to close deleted the other's spill file.
        string[] paths = [Path.Combine(_folder, "one", "a.duckdb"), Path.Combine(_folder, "two", "a.duckdb")];
        ILedger[] ledgers = [.. paths.Select(LedgerFactory.Open)];
        try
        {
            string[] spills = [.. ledgers.Select(ledger => ((ISqlLedger)ledger).Query("SELECT current_setting('temp_directory')::VARCHAR", [], record => record.GetString(0)).Single())];
            spills.Should().Equal(paths.Select(path => path + ".tmp"));
        }
        finally
        {
            Array.ForEach(ledgers, ledger => ledger.Dispose());
        }
    }

    [Fact]
    public void An_ingest_caps_duckdb_memory_and_threads_and_gives_the_defaults_back_afterwards()
    {
        using var ledger = (DuckDbLedger)Open();
        string Setting(string name) => ((ISqlLedger)ledger).Query($"SELECT current_setting('{name}')::VARCHAR", [], record => record.GetString(0)).Single();
        (string memory, string threads) = (Setting("memory_limit"), Setting("threads"));

        using (ledger.LimitMemoryForIngest())
        {
            Setting("memory_limit").Should().Be("28.6 MiB");
            Setting("threads").Should().Be("1");
        }

        Setting("memory_limit").Should().Be(memory);
        Setting("threads").Should().Be(threads);
    }

    [Fact]
    public void A_reopen_that_fails_between_batches_keeps_what_was_committed_and_refuses_the_next_batch_with_the_reason()
    {
        string path = Path.Combine(_folder, "reopen", "ledger.duckdb");
        using (var ledger = (DuckDbLedger)LedgerFactory.Open(path))
        {
            ledger.EnsureSchema();
            long run = ledger.StartRun("ingest", "0.1.0", "kb-1", new DateTimeOffset(2026, 2, 6, 12, 0, 0, TimeSpan.Zero));
            ledger.CommitsPerReopen = 1;
            ledger.FailReopenForTests = () => throw new IOException("No space left on device");
            using (ledger.LimitMemoryForIngest())
            {
                ledger.Write(Findings.Batch(FirstReport()), run).ArticlesWritten.Should().Be(1);
                Action reopen = ledger.BetweenBatches;
                reopen.Should().Throw<LedgerException>().Which.Message.Should().Contain(path).And.Contain("No space left on device");
                Action next = () => ledger.Write(Findings.Batch(SecondReport()), run);
                next.Should().Throw<LedgerException>().Which.Message.Should().Contain("No space left on device");
                Action counts = () => ledger.Counts();
                counts.Should().Throw<LedgerException>();
            }
        }

        using ILedger again = LedgerFactory.Open(path);
        again.Counts().Articles.Should().Be(1, "what was committed stays");
        again.KnownArticles([FirstReport().Id]).Should().HaveCount(1);
    }

    [Fact]
    public void An_ingest_that_reopens_its_database_after_every_batch_writes_the_ledger_one_that_never_does()
    {
        // A long ingest closes DuckDB and opens it again every so many commits (DuckDB keeps native memory for every join
        // it ran until it is closed). With a reopen after every batch, what later batches do with what earlier ones wrote
        // (a copy skipped, an event and a quote merged, details kept) and the ingest's limits must all come through it.
        Ingested reopening = IngestAcrossBatches(commitsPerReopen: 1);
        Ingested steady = IngestAcrossBatches(commitsPerReopen: int.MaxValue);

        reopening.Reopens.Should().Be(reopening.Writes.Count, "one reopen after each of the batches");
        steady.Reopens.Should().Be(0);
        reopening.Writes.Should().Equal(steady.Writes);
        reopening.Counts.Should().Be(steady.Counts);
        reopening.Events.Should().BeEquivalentTo(steady.Events, options => options.WithStrictOrdering());
        reopening.Quotes.Should().BeEquivalentTo(steady.Quotes, options => options.WithStrictOrdering());
        reopening.LimitsAfterLastReopen.Should().Be(("28.6 MiB", "1", "244.1 MiB"), "a reopened database is capped as the first one was");
        LedgerEvent call = reopening.Events.Single(found => found.Actors.Contains("xi-jinping"));
        call.MentionCount.Should().Be(2);
        call.Duration.Should().Be(IsoDuration.OfMinutes(90));
        reopening.Quotes.Single(found => found.SpeakerId == "xi-jinping").SourceCount.Should().Be(2);
        reopening.Writes[^1].ArticlesSkipped.Should().Be(1, "the first report, sent again, is already stored");
    }

    [Fact]
    public void An_ingest_that_checkpoints_between_every_batch_writes_the_ledger_one_that_never_does()
    {
        // DuckDB's own checkpoint is moved out of the way for an ingest (its threshold raised to 256 MB) and the ingest
        // checkpoints between batches instead; with a threshold of nothing, after every batch that wrote to the log.
        Ingested checkpointing = IngestAcrossBatches(commitsPerReopen: int.MaxValue, checkpointLogBytes: 0);
        Ingested steady = IngestAcrossBatches(commitsPerReopen: int.MaxValue);

        checkpointing.Checkpoints.Should().Be(3, "the last batch only repeats an article already stored, so it logs nothing");
        steady.Checkpoints.Should().Be(0);
        checkpointing.Writes.Should().Equal(steady.Writes);
        checkpointing.Counts.Should().Be(steady.Counts);
        checkpointing.Events.Should().BeEquivalentTo(steady.Events, options => options.WithStrictOrdering());
        checkpointing.Quotes.Should().BeEquivalentTo(steady.Quotes, options => options.WithStrictOrdering());
        checkpointing.LimitsAfterLastReopen.CheckpointThreshold.Should().Be("244.1 MiB");
        checkpointing.CheckpointThresholdAfter.Should().Be("61.0 MiB", "the ledger's own 64 MB comes back after the ingest");
    }

    [Fact]
    public void A_batch_that_runs_duckdb_out_of_its_ingest_memory_is_written_again_with_a_higher_limit()
    {
        // The ingest's limit keeps DuckDB's memory flat; a batch that needs more must not fail the ingest. With a limit of
        // 64 KiB above what DuckDB holds, the first batch runs out: it is rolled back, the limit quadrupled, and the batch
        // written again.
        Ingested starved = IngestAcrossBatches(commitsPerReopen: 1, starved: true);
        Ingested steady = IngestAcrossBatches(commitsPerReopen: 1);

        starved.MemoryLimitRaises.Should().BePositive();
        starved.BatchesRetried.Should().BePositive("the limit was raised for a batch that ran out, not only when it was set");
        steady.MemoryLimitRaises.Should().Be(0);
        starved.Writes.Should().Equal(steady.Writes);
        starved.Counts.Should().Be(steady.Counts);
        starved.Events.Should().BeEquivalentTo(steady.Events, options => options.WithStrictOrdering());
        starved.Quotes.Should().BeEquivalentTo(steady.Quotes, options => options.WithStrictOrdering());
        starved.LimitsAfterLastReopen.Memory.Should().NotBe(starved.MemoryAtStart, "a raised limit holds for the rest of the ingest, reopens included");
        starved.MemoryAfter.Should().Be(steady.MemoryAfter, "DuckDB's own limit comes back after the ingest");
    }

    [Theory]
    [InlineData("Out of Memory Error: failed to pin block of size 256.0 KiB (22.7 MiB/22.8 MiB used)", "DuckDB ran out of memory")]
    [InlineData("TransactionContext Error: Failed to commit: could not allocate block of size 256.0 KiB (7.8 MiB/7.9 MiB used)", "DuckDB ran out of memory")]
    [InlineData("IO Error: Could not set lock on file \"/data/parley.duckdb\": Conflicting lock is held in /usr/bin/parley (PID 4242)", "locked by another process")]
    [InlineData("IO Error: Could not write file \"/data/parley.duckdb.wal\": No space left on device", "the disk is full")]
    public void A_duckdb_failure_is_named_for_what_it_is(string duckdb, string named)
    {
        // "failed to pin block" once read as a locked file: the lock test matched "lock" inside "block".
        LedgerException error = DuckDbLedger.Describe("/data/parley.duckdb", new IOException(duckdb));

        error.Message.Should().StartWith("ledger /data/parley.duckdb: ").And.Contain(named).And.EndWith(duckdb);
        error.Message.Replace(duckdb, "", StringComparison.Ordinal).Should().NotContainAny(Namings.Where(other => other != named));
    }

    private static readonly string[] Namings = ["DuckDB ran out of memory", "locked by another process", "the disk is full"];

    private sealed record Ingested(List<WriteResult> Writes, LedgerCounts Counts, List<LedgerEvent> Events, List<LedgerQuote> Quotes,
        int Reopens, int Checkpoints, (string Memory, string Threads, string CheckpointThreshold) LimitsAfterLastReopen, string CheckpointThresholdAfter,
        int MemoryLimitRaises, int BatchesRetried, string MemoryAtStart, string MemoryAfter);

    private Ingested IngestAcrossBatches(int commitsPerReopen, long checkpointLogBytes = long.MaxValue, bool starved = false)
    {
        using var ledger = (DuckDbLedger)Open();
        string Setting(string name) => ((ISqlLedger)ledger).Query($"SELECT current_setting('{name}')::VARCHAR", [], record => record.GetString(0)).Single();
        long run = ledger.StartRun("ingest", "0.1.0", "kb-1", new DateTimeOffset(2026, 2, 6, 12, 0, 0, TimeSpan.Zero));
        if (starved)
        {
            // DuckDB cannot lower its limit below what it holds, so the limit starts just above that.
            long held = ((ISqlLedger)ledger).Query("SELECT sum(memory_usage_bytes)::BIGINT FROM duckdb_memory()", [], record => record.GetInt64(0)).Single();
            ledger.IngestMemoryLimit = held + 64 * 1024;
        }

        var writes = new List<WriteResult>();
        (string, string, string) limits;
        string memoryAtStart;
        using (ledger.LimitMemoryForIngest())
        {
            memoryAtStart = Setting("memory_limit");
            ledger.CommitsPerReopen = commitsPerReopen;
            ledger.CheckpointLogBytes = checkpointLogBytes;
            string sentence = "envoy-a called envoy-b on 10 February.";
            Findings other = new Findings(sentence, "2026-02-10T20:00+00:00").Event(sentence, "CONSULT", "phone", ["envoy-a"], ["envoy-b"], Findings.Day(2026, 2, 10));
            foreach (Findings[] batch in (Findings[][])[[FirstReport()], [other], [SecondReport()], [FirstReport()]])
            {
                writes.Add(ledger.Write(Findings.Batch(batch), run));
                ledger.BetweenBatches();
            }

            limits = (Setting("memory_limit"), Setting("threads"), Setting("checkpoint_threshold"));
        }

        List<LedgerEvent> events = [.. ledger.Events(new EventQuery()).OrderBy(found => found.Id, StringComparer.Ordinal)];
        List<LedgerQuote> quotes = [.. ledger.Quotes(new QuoteQuery()).OrderBy(found => found.Id, StringComparer.Ordinal)];
        return new Ingested(writes, ledger.Counts(), events, quotes, ledger.Reopens, ledger.Checkpoints, limits, Setting("checkpoint_threshold"),
            ledger.MemoryLimitRaises, ledger.BatchesRetried, memoryAtStart, Setting("memory_limit"));
    }

    [Fact]
    public void The_file_keeps_row_groups_small_so_a_checkpoint_rewrites_little()
    {
        // A checkpoint rewrites the row group new rows went into, whole; DuckDB's default holds 122,880 rows.
        using var sql = (DuckDbLedger)Open();
        sql.Execute("CREATE TABLE numbers AS SELECT range AS n FROM range(40000)", []);
        sql.Execute("CHECKPOINT", []);
        int RowGroups() => sql.Query("SELECT count(DISTINCT row_group_id) FROM pragma_storage_info('numbers')", [], record => record.GetInt64(0)) is [var n] ? (int)n : -1;

        RowGroups().Should().Be(3, "40,000 rows fill two groups of 16,384 and part of a third");
    }

    [Fact]
    public void A_new_file_is_written_in_duckdb_1_5s_storage_format_and_an_existing_file_keeps_its_own()
    {
        // 1.5's format compresses strings as DICT_FSST and checkpoints with less memory; an older file is not
        // converted, since a file in the newer format no longer opens in the DuckDB that wrote it.
        static string Format(DuckDbLedger ledger) =>
            ledger.Query("SELECT tags::VARCHAR FROM duckdb_databases() WHERE database_name = current_database()", [], record => record.GetString(0)).Single();

        using (var fresh = (DuckDbLedger)Open())
        {
            Format(fresh).Should().Be("{storage_version=v1.5.0+}");
        }

        string older = Path.Combine(_folder, "older.duckdb");
        Directory.CreateDirectory(_folder);
        using (var connection = new DuckDB.NET.Data.DuckDBConnection("Data Source=" + older))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE kept (n INTEGER)";
            command.ExecuteNonQuery();
        }

        for (int open = 0; open < 2; open++)
        {
            using var ledger = (DuckDbLedger)LedgerFactory.Open(older);
            ledger.EnsureSchema();
            Format(ledger).Should().Be("{storage_version=v1.0.0+}", "opening it, the first time and again, leaves the format as it was");
        }
    }

    [Fact]
    public void A_reopened_file_merges_and_skips_against_what_an_earlier_process_wrote()
    {
        // The run index is loaded from the file: a second open must see the first one's articles, events and quotes.
        string path = Path.Combine(_folder, "reopened.duckdb");
        DateTimeOffset started = new(2026, 2, 6, 12, 0, 0, TimeSpan.Zero);
        using (ILedger first = LedgerFactory.Open(path))
        {
            first.EnsureSchema();
            first.Write(Findings.Batch(FirstReport()), first.StartRun("ingest", "0.1.0", "kb-1", started));
        }

        using ILedger second = LedgerFactory.Open(path);
        second.EnsureSchema();
        second.KnownArticles([FirstReport().Id, SecondReport().Id]).Should().BeEquivalentTo([FirstReport().Id]);
        WriteResult result = second.Write(Findings.Batch(FirstReport(), SecondReport()), second.StartRun("ingest", "0.1.0", "kb-1", started));

        result.Should().Be(new WriteResult(1, 1, 0, 1, 0, 1));
        second.Events(new EventQuery()).Should().ContainSingle().Which.MentionCount.Should().Be(2);
        second.Quotes(new QuoteQuery()).Should().ContainSingle().Which.SourceCount.Should().Be(2);
    }

    [Fact]
    public void Later_reports_join_events_read_back_from_the_file_by_date_as_they_join_events_in_memory()
    {
        // A reopened file's run index knows the stored keys but holds none of their events: the candidates come from the database.
        string path = Path.Combine(_folder, "by-date.duckdb");
        ILedger first = LedgerFactory.Open(path);
        first.EnsureSchema();
        ILedger? second = null;
        try
        {
            WriteThenJoinByDate(first, () =>
            {
                first.Dispose();
                return second = LedgerFactory.Open(path);
            });
        }
        finally
        {
            second?.Dispose();
            first.Dispose();
        }
    }

    [Fact]
    public void The_reader_learns_from_memory_that_new_articles_are_not_stored_but_asks_about_any_it_may_hold()
    {
        // The ingest's reader skips its turn on the connection only when the run index is loaded and certain.
        using ILedger ledger = Open();
        ledger.NoneStoredByMemory([SecondReport().Id]).Should().BeFalse("nothing is loaded before the first lookup");
        ledger.Write(Findings.Batch(FirstReport()), ledger.StartRun("ingest", "0.1.0", "kb-1", new DateTimeOffset(2026, 2, 6, 12, 0, 0, TimeSpan.Zero)));

        ledger.NoneStoredByMemory([SecondReport().Id]).Should().BeTrue();
        ledger.NoneStoredByMemory([SecondReport().Id, FirstReport().Id]).Should().BeFalse();
        ledger.KnownArticles([SecondReport().Id, FirstReport().Id]).Should().BeEquivalentTo([FirstReport().Id]);
        ((ISqlLedger)ledger).Execute("DELETE FROM articles", []);
        ledger.NoneStoredByMemory([SecondReport().Id]).Should().BeFalse("a statement from outside the writer drops the index");
    }

    [Fact]
    public void A_statement_run_from_outside_the_writer_is_seen_by_the_next_batch()
    {
        // Rows deleted behind the writer's back: the next report must not merge into an event held only in memory.
        using ILedger ledger = Open();
        long run = ledger.StartRun("ingest", "0.1.0", "kb-1", new DateTimeOffset(2026, 2, 6, 12, 0, 0, TimeSpan.Zero));
        ledger.Write(Findings.Batch(FirstReport()), run);
        var sql = (ISqlLedger)ledger;
        sql.Execute("DELETE FROM event_mentions", []);
        sql.Execute("DELETE FROM events", []);
        sql.Execute("DELETE FROM quote_sources", []);
        sql.Execute("DELETE FROM quotes", []);

        WriteResult result = ledger.Write(Findings.Batch(SecondReport()), run);

        result.EventsCreated.Should().Be(1);
        result.QuotesCreated.Should().Be(1);
        ledger.Events(new EventQuery()).Should().ContainSingle().Which.MentionCount.Should().Be(1);
    }

    [Fact]
    public void A_run_index_whose_filters_say_maybe_to_every_key_writes_the_ledger_a_sparse_one_writes()
    {
        // The run index's filters are of a fixed size, so a big enough ledger fills them: every "maybe" must then be
        // settled by the database (a copy skipped, a repeated quote merged, a new quote and event created), never taken for "stored".
        (List<WriteResult> Writes, LedgerCounts Counts) full = IngestWithFilterBits(64);
        (List<WriteResult> Writes, LedgerCounts Counts) sparse = IngestWithFilterBits(null);

        full.Writes.Should().Equal(sparse.Writes);
        full.Counts.Should().Be(sparse.Counts);
        full.Writes[^1].Should().Be(new WriteResult(2, 1, 1, 1, 1, 1), "the copy skipped; the second report merged; the third new");
    }

    private (List<WriteResult>, LedgerCounts) IngestWithFilterBits(int? bits)
    {
        using ILedger ledger = Open();
        var writer = (SqlLedger)ledger;
        if (bits is { } few)
        {
            writer.LimitRunIndex(filterBits: few);
        }

        long run = ledger.StartRun("ingest", "0.1.0", "kb-1", new DateTimeOffset(2026, 2, 6, 12, 0, 0, TimeSpan.Zero));
        ledger.Write(Findings.Batch(FirstReport()), run);
        var writes = new List<WriteResult>();
        // Keys enough to set every bit of the 64-bit merge-key filter (and of the 128- and 256-bit ones) beyond doubt: 7,000 probes each.
        writes.Add(ledger.Write(Findings.Batch([.. Enumerable.Range(0, 1000).Select(i =>
        {
            string sentence = $"envoy-{i} called envoy-{i}-b on 3 February.";
            return new Findings(sentence).Event(sentence, "CONSULT", "phone", [$"envoy-{i}"], [$"envoy-{i}-b"], Findings.Day(2026, 2, 3))
                .Quote($"envoy-{i}-b", $"envoy-{i}", $"Envoy {i}");
        })]), run));
        // Full, the filters answer maybe to keys never stored; sparse, they know them absent.
        writer.Index!.MayHaveQuote("q-0123456789abcdef").Should().Be(bits is not null);
        ledger.NoneStoredByMemory(["never-stored"]).Should().Be(bits is null);

        Findings third = new Findings("LONDON - Keir Starmer met Emmanuel Macron in Paris on 5 February. \u201CWe agree on Ukraine,\u201D Starmer said.",
                "2026-02-05T18:00+00:00", "Evening")
            .Event("Keir Starmer met Emmanuel Macron in Paris on 5 February.", "MEET", "in_person", ["keir-starmer"], ["emmanuel-macron"], Findings.Day(2026, 2, 5))
            .Quote("We agree on Ukraine,", "keir-starmer", "Keir Starmer");
        writes.Add(ledger.Write(Findings.Batch(FirstReport(), SecondReport(), third), run));
        return (writes, ledger.Counts());
    }

    [Fact]
    public void An_event_pushed_out_of_the_run_index_merges_with_later_reports_as_one_held_in_memory()
    {
        // The run index keeps the merge state of the most recent events only (24,000 by default); a later report of an
        // older event must find it in the file with its merged details. A cap of 2 pushes the call out after three other
        // calls; the ledger that results must be the one a cap that never evicts gives.
        (List<WriteResult> Writes, LedgerCounts Counts, List<LedgerEvent> Events, List<LedgerMention> Mentions) small = IngestCall(cap: 2);
        (List<WriteResult> Writes, LedgerCounts Counts, List<LedgerEvent> Events, List<LedgerMention> Mentions) big = IngestCall(cap: null);

        small.Writes.Should().Equal(big.Writes);
        small.Counts.Should().Be(big.Counts);
        small.Events.Should().BeEquivalentTo(big.Events, options => options.WithStrictOrdering());
        small.Mentions.Should().BeEquivalentTo(big.Mentions);
        LedgerEvent call = small.Events.Single(found => found.Actors.Contains("xi-jinping"));
        call.MentionCount.Should().Be(3, "the three reports of the call are one event");
        call.Date.Should().Be(Findings.Day(2026, 2, 4), "the day the second report gave, kept when the third is merged from the file");
        call.Duration.Should().Be(IsoDuration.OfMinutes(90));
        call.Medium.Should().Be("video");
        call.Topics.Should().Equal("energy", "gas", "ukraine");
        call.Confidence.Should().Be(0.95);
        small.Events.Should().HaveCount(10, "the call and nine other calls");
    }

    [Fact]
    public void A_key_with_events_on_many_days_merges_a_late_report_into_the_right_day_from_memory_as_from_the_file()
    {
        // The run index hands the writer only the events of a key a report could join; what it keeps must still be the
        // key's whole history, so a ledger written through it equals one read back from the file every batch.
        List<LedgerEvent> events = SameFromMemoryAsFromFile(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero), WriteDailyCalls);

        events.Where(found => found.Actors.Contains("xi-jinping")).Should().HaveCount(4, "calls on the 3rd, 4th, 5th and 9th");
        events.Single(found => found.Date == Findings.Day(2026, 3, 4)).MentionCount.Should().Be(2);
        events.Single(found => found.Date == Findings.Day(2026, 3, 4)).Topics.Should().Equal("gas", "grain");
        events.Single(found => found.Date == Findings.Day(2026, 3, 5)).Topics.Should().Equal("gas", "oil");
    }

    private static void WriteDailyCalls(ILedger ledger, long run, bool capped)
    {
        Findings Call(int day, int published, string topic)
        {
            string sentence = $"Xi Jinping and Vladimir Putin spoke by phone on {day} March about {topic}.";
            return new Findings($"BEIJING - {sentence}", $"2026-03-{published:00}T09:00+00:00", $"Desk {day}-{published}")
                .Event(sentence, "CONSULT", "phone", ["xi-jinping"], ["vladimir-putin"], Findings.Day(2026, 3, day), topics: [topic]);
        }

        foreach (int day in new[] { 3, 4, 5 })
        {
            ledger.Write(Findings.Batch(Call(day, day, "gas")), run);
        }

        foreach (string envoy in new[] { "envoy-a", "envoy-b" })
        {
            // Two other calls: with a cap of 2 they push the Xi-Putin key out of memory.
            string sentence = $"{envoy} called a counterpart on 6 March.";
            ledger.Write(Findings.Batch(new Findings(sentence, "2026-03-06T20:00+00:00")
                .Event(sentence, "CONSULT", "phone", [envoy], [envoy + "-counterpart"], Findings.Day(2026, 3, 6))), run);
        }

        ((SqlLedger)ledger).Index!.Caches(XiPutinCall).Should().Be(!capped);
        ledger.Write(Findings.Batch(Call(4, 8, "grain"), Call(9, 9, "grain")), run);
        // The 5th was not handed out with the last batch; it must still be held whole for this one.
        ledger.Write(Findings.Batch(Call(5, 10, "oil")), run);
    }

    [Fact]
    public void A_week_that_a_later_report_dates_into_the_next_year_is_merged_from_memory_as_from_the_file()
    {
        // The run index files a key's events by the year their date starts in. A call reported as the week that begins on
        // 29 December, then dated 2 January by a later report, moves to the next year: no copy of the week may stay behind
        // under the old one, or the report of a call on 29 December would join it.
        List<LedgerEvent> events = SameFromMemoryAsFromFile(new DateTimeOffset(2026, 1, 10, 12, 0, 0, TimeSpan.Zero), WriteYearEndCalls);

        List<LedgerEvent> calls = [.. events.Where(found => found.Actors.Contains("xi-jinping"))];
        calls.Should().HaveCount(2);
        calls.Single(found => found.Date == Findings.Day(2026, 1, 2)).MentionCount.Should().Be(3, "the week, then the 2nd twice");
        calls.Single(found => found.Date == Findings.Day(2025, 12, 29)).MentionCount.Should().Be(2, "the 29th, then a report that says only 2025");
    }

    private static void WriteYearEndCalls(ILedger ledger, long run, bool capped)
    {
        (FuzzyDate Date, string When)[] reports =
        [
            (FuzzyDate.WeekOf(new DateOnly(2025, 12, 29)), "last week"), (Findings.Day(2026, 1, 2), "on 2 January"),
            (Findings.Day(2025, 12, 29), "on 29 December"), (Findings.Day(2026, 1, 2), "on Friday"), (FuzzyDate.InYear(2025), "in 2025"),
        ];
        for (int i = 0; i < reports.Length; i++)
        {
            string sentence = $"Xi Jinping and Vladimir Putin spoke by phone {reports[i].When}.";
            ledger.Write(Findings.Batch(new Findings($"BEIJING - {sentence}", $"2026-01-{3 + i:00}T09:00+00:00", $"Desk {i}")
                .Event(sentence, "CONSULT", "phone", ["xi-jinping"], ["vladimir-putin"], reports[i].Date)), run);
            foreach (string envoy in new[] { $"envoy-{i}-a", $"envoy-{i}-b", $"envoy-{i}-c" })
            {
                // With a cap of 2, three other calls push the Xi-Putin key out of memory, and its events are read from the file.
                string other = $"{envoy} called a counterpart on 8 January.";
                ledger.Write(Findings.Batch(new Findings(other, "2026-01-08T20:00+00:00")
                    .Event(other, "CONSULT", "phone", [envoy], [envoy + "-counterpart"], Findings.Day(2026, 1, 8))), run);
            }

            ((SqlLedger)ledger).Index!.Caches(XiPutinCall).Should().Be(!capped);
        }
    }

    private static readonly string XiPutinCall = Keys.MergeKey("CONSULT", "phone", "occurred", Keys.Participants(["xi-jinping"], ["vladimir-putin"]));

    /// <summary>
    /// Writes the same batches into two fresh ledgers: one with the default run index, and one whose index holds two
    /// events, so that its keys are read back from the file. Both ledgers must come out the same; returns the events of
    /// the first, sorted by id. <paramref name="write"/> is told which one it writes.
    /// </summary>
    private List<LedgerEvent> SameFromMemoryAsFromFile(DateTimeOffset started, Action<ILedger, long, bool> write)
    {
        (LedgerCounts Counts, List<LedgerEvent> Events) Ingest(bool capped)
        {
            using ILedger ledger = Open();
            if (capped)
            {
                ((SqlLedger)ledger).LimitRunIndex(2);
            }

            long run = ledger.StartRun("ingest", "0.1.0", "kb-1", started);
            write(ledger, run, capped);
            return (ledger.Counts(), [.. ledger.Events(new EventQuery()).OrderBy(found => found.Id, StringComparer.Ordinal)]);
        }

        (LedgerCounts Counts, List<LedgerEvent> Events) cached = Ingest(capped: false);
        (LedgerCounts Counts, List<LedgerEvent> Events) fromFile = Ingest(capped: true);
        cached.Counts.Should().Be(fromFile.Counts);
        cached.Events.Should().BeEquivalentTo(fromFile.Events, options => options.WithStrictOrdering());
        return cached.Events;
    }

    // The call's three reports, each after three other calls; with a cap, checks the call really left the run index.
    private (List<WriteResult>, LedgerCounts, List<LedgerEvent>, List<LedgerMention>) IngestCall(int? cap)
    {
        using ILedger ledger = Open();
        var writer = (SqlLedger)ledger;
        if (cap is { } limit)
        {
            writer.LimitRunIndex(limit);
        }

        long run = ledger.StartRun("ingest", "0.1.0", "kb-1", new DateTimeOffset(2026, 2, 6, 12, 0, 0, TimeSpan.Zero));
        string callKey = Keys.MergeKey("CONSULT", "phone", "occurred", Keys.Participants(["xi-jinping"], ["vladimir-putin"]));
        Findings third = new Findings("MOSCOW - Xi Jinping and Vladimir Putin spoke by video on 4 February about gas supplies.",
                "2026-02-07T07:00+00:00", "Evening")
            .Event("Xi Jinping and Vladimir Putin spoke by video on 4 February about gas supplies.", "CONSULT", "phone",
                ["xi-jinping", "vladimir-putin"], [], Findings.Day(2026, 2, 4), topics: ["gas"], confidence: 0.95);
        Findings[] reports = [FirstReport(), SecondReport(), third];
        var writes = new List<WriteResult>();
        int other = 0;
        for (int i = 0; i < reports.Length; i++)
        {
            writes.Add(ledger.Write(Findings.Batch(reports[i]), run));
            for (int push = 0; push < 3; push++, other++)
            {
                string a = $"envoy-{other}-a", b = $"envoy-{other}-b";
                string sentence = $"{a} called {b} on {10 + other} February.";
                writes.Add(ledger.Write(Findings.Batch(new Findings(sentence, $"2026-02-{10 + other}T20:00+00:00")
                    .Event(sentence, "CONSULT", "phone", [a], [b], Findings.Day(2026, 2, 10 + other))), run));
            }

            writer.Index!.Caches(callKey).Should().Be(cap is null, "a small cap pushes the call out; a big one keeps it");
        }

        List<LedgerEvent> events = [.. ledger.Events(new EventQuery()).OrderBy(found => found.Id, StringComparer.Ordinal)];
        return (writes, ledger.Counts(), events, [.. ledger.MentionsOf([.. events.Select(found => found.Id)])]);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            foreach (string folder in Directory.EnumerateDirectories(_folder, "*", SearchOption.AllDirectories).Append(_folder))
            {
                File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            Directory.Delete(_folder, recursive: true);
        }
    }
}

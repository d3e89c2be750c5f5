using System.IO.Compression;
using System.Text;
using Parley.Core;
using Parley.Ingest.Sources;
using Parley.TestKit;

namespace Parley.Ingest.Tests.Sources;

public sealed class SourceReaderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("parley-sources-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_folder.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static Rejection RejectionOf(IEnumerable<SourceItem> items) =>
        items.Should().ContainSingle().Which.Rejection.Should().NotBeNull().And.Subject.As<Rejection>();

    [Fact]
    public void Rejects_an_empty_file_by_name()
    {
        string path = Write("empty.txt", []);
        Rejection rejection = RejectionOf(new SourceReader().ReadFile(path));
        rejection.Code.Should().Be(RejectionCodes.Empty);
        rejection.Source.Should().Be(path);
    }

    [Fact]
    public void Rejects_a_binary_file()
    {
        string path = Write("photo.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        RejectionOf(new SourceReader().ReadFile(path)).Code.Should().Be(RejectionCodes.Binary);
    }

    [Fact]
    public void Rejects_a_file_over_the_size_limit_without_reading_it()
    {
        // A sparse 200 MB file: its length is checked before a byte is read, so this costs no memory.
        string path = Path.Combine(_folder.FullName, "huge.txt");
        using (FileStream huge = File.Create(path))
        {
            huge.SetLength(200L * 1024 * 1024);
        }

        Rejection rejection = RejectionOf(new SourceReader().ReadFile(path));
        rejection.Code.Should().Be(RejectionCodes.TooLarge);
        rejection.Reason.Should().Contain("209,715,200");
    }

    [Fact]
    public void Stops_reading_a_gzip_bomb_at_the_limit()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            byte[] line = Encoding.ASCII.GetBytes(new string('a', 1023) + "\n");
            for (int i = 0; i < 4096; i++)
            {
                gzip.Write(line); // 4 MiB of text that compresses to a few KiB
            }
        }

        string path = Write("bomb.txt.gz", compressed.ToArray());
        var reader = new SourceReader(new SourceLimits(MaxFileBytes: 1024 * 1024));
        RejectionOf(reader.ReadFile(path)).Code.Should().Be(RejectionCodes.TooLarge);
    }

    [Fact]
    public void Rejects_undeclared_latin1_text_and_says_how_to_read_it()
    {
        string path = Write("latin1.txt", Encoding.Latin1.GetBytes("Le président a déclaré que les négociations reprendraient à Genève."));
        Rejection rejection = RejectionOf(new SourceReader().ReadFile(path));
        rejection.Code.Should().Be(RejectionCodes.UndeclaredEncoding);
        rejection.Reason.Should().Contain("--encoding");
    }

    [Fact]
    public void Reads_latin1_text_when_the_user_declares_it()
    {
        string path = Write("latin1.txt", Encoding.Latin1.GetBytes("Le président a déclaré que les négociations reprendraient à Genève."));
        SourceDocument document = new SourceReader(declaredEncoding: TextDecoder.Named("latin1"))
            .ReadFile(path).Should().ContainSingle().Which.Document!;
        document.Content.Should().Contain("président").And.Contain("Genève");
    }

    [Theory]
    [InlineData("/news/wire.jsonl#3", "/news/wire.jsonl", 3)]
    [InlineData("/news/feed#2.xml#12", "/news/feed#2.xml", 12)]
    public void A_record_source_names_its_file_and_number(string source, string file, int record)
    {
        SourceReader.TryParseRecord(source, out string parsedFile, out int parsed).Should().BeTrue();
        (parsedFile, parsed).Should().Be((file, record));
    }

    [Theory]
    [InlineData("/news/story.txt")]
    [InlineData("/news/wire.jsonl#0")]
    [InlineData("/news/wire.jsonl#-1")]
    [InlineData("/news/wire.jsonl#two")]
    [InlineData("#3")]
    public void Other_sources_are_not_records(string source) =>
        SourceReader.TryParseRecord(source, out _, out _).Should().BeFalse();

    [Fact]
    public void Reads_only_the_named_records_of_a_json_lines_file_and_rejects_them_with_the_file()
    {
        string lines = string.Join('\n',
            """{"text": "Ministers met in Genève on Monday."}""",
            """{"text": "The président spoke on Tuesday."}""",
            """{"text": "Talks resumed on Wednesday."}""");
        string path = Write("wire.jsonl", Encoding.Latin1.GetBytes(lines));
        var named = new HashSet<string> { path + "#1", path + "#3" };

        // Undeclared Latin-1: the file cannot be decoded, so each named record is rejected for that reason.
        new SourceReader().ReadRecords(path, named).Select(item => (item.Rejection!.Source, item.Rejection!.Code))
            .Should().Equal((path + "#1", RejectionCodes.UndeclaredEncoding), (path + "#3", RejectionCodes.UndeclaredEncoding));

        List<SourceItem> read = [.. new SourceReader(declaredEncoding: TextDecoder.Named("latin1")).ReadRecords(path, named)];
        read.Select(item => item.Document!.Source).Should().Equal(path + "#1", path + "#3");
        read[0].Document!.Content.Should().Contain("Genève");
        new SourceReader(declaredEncoding: TextDecoder.Named("latin1")).ReadRecords(path, new HashSet<string> { path + "#4" })
            .Should().BeEmpty("a record no longer in the file is not read");
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8 with a byte-order mark")]
    [InlineData("latin1, declared")]
    public void A_json_lines_file_read_a_line_at_a_time_gives_what_its_whole_text_gives(string form)
    {
        // CRLF and LF line ends, blank lines, a malformed record, a record over the item limit, no final newline, and a
        // first record long enough that the sniffer's 16 KiB cut falls inside a two-byte character.
        string longText = new string('a', 16_384 - 11) + "ğ" + " Erdoğan met Putin in Sochi.";
        string content = string.Join('\n',
            $$"""{"text": "{{longText}}"}""",
            "",
            "{\"text\": \"Ministers met in Genève on Monday.\", \"published\": \"2026-02-04\"}\r",
            "{\"text\": broken",
            "   ",
            $$"""{"text": "{{new string('b', 40_000)}}"}""",
            "{\"html\": \"<p>The président spoke on Tuesday.</p>\"}");
        Encoding? declared = form.StartsWith("latin1", StringComparison.Ordinal) ? TextDecoder.Named("latin1") : null;
        byte[] bytes = declared is null ? Encoding.UTF8.GetBytes(content) : Encoding.Latin1.GetBytes(content.Replace("ğ", "g", StringComparison.Ordinal));
        if (form.EndsWith("mark", StringComparison.Ordinal))
        {
            bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        }

        if (declared is null && !form.EndsWith("mark", StringComparison.Ordinal))
        {
            bytes[16_384].Should().Be(0x9F, "the cut falls after the first byte of ğ");
        }

        string path = Write("wire.jsonl", bytes);
        var limits = new SourceLimits(MaxItemChars: 30_000);
        TextDecoder.LineByLine(bytes, declared, out _).Should().NotBeNull("this file is read a line at a time");
        TextDecoder.TryDecode(bytes, declared, out string text, out _).Should().BeTrue();

        List<SourceItem> byLine = [.. new SourceReader(limits, declared).ReadFile(path)];

        byLine.Should().Equal(Parley.Ingest.Feeds.JsonLinesReader.Read(path, text, limits, SourceHints.None));
        byLine.Select(item => item.Document?.Source ?? item.Rejection!.Source).Should().Equal(
            path + "#1", path + "#3", path + "#4", path + "#6", path + "#7");
        byLine[2].Rejection!.Code.Should().Be(RejectionCodes.BadJsonLine);
        byLine[3].Rejection!.Code.Should().Be(RejectionCodes.TooLarge);
    }

    [Fact]
    public void Only_text_that_decodes_the_same_a_line_at_a_time_is_read_so()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes("{\"text\": \"Erdoğan\"}\n");
        TextDecoder.LineByLine(utf8, null, out int bom).Should().NotBeNull();
        bom.Should().Be(0);
        TextDecoder.LineByLine([0xEF, 0xBB, 0xBF, .. utf8], null, out bom)!.CodePage.Should().Be(Encoding.UTF8.CodePage);
        bom.Should().Be(3);
        TextDecoder.LineByLine(Encoding.Latin1.GetBytes("{\"text\": \"Genève\"}"), null, out _).Should().BeNull("undeclared Latin-1 is rejected whole");
        TextDecoder.LineByLine(Encoding.Latin1.GetBytes("{\"text\": \"Genève\"}"), TextDecoder.Named("latin1"), out _).Should().NotBeNull();
        TextDecoder.LineByLine([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("{}")], null, out _).Should().BeNull("UTF-16 has newline bytes inside characters");
        TextDecoder.LineByLine(utf8, TextDecoder.Named("shift_jis"), out _).Should().BeNull("a multi-byte legacy encoding is decoded whole");
        TextDecoder.LineByLine([], null, out _).Should().BeNull();
        TextDecoder.LineByLine([(byte)'{', 0, 0, (byte)'}'], null, out _).Should().BeNull("binary data is rejected whole");
    }

    [Fact]
    public void Reads_an_html_page_that_declares_its_charset()
    {
        byte[] page = Encoding.Latin1.GetBytes(
            "<!DOCTYPE html><html><head><meta charset=\"iso-8859-1\"><title>Ankara</title></head><body><p>Le ministre turc a reçu son homologue.</p></body></html>");
        SourceDocument document = new SourceReader().ReadFile(Write("page.html", page)).Should().ContainSingle().Which.Document!;
        document.Kind.Should().Be(ContentKind.Html);
        document.Content.Should().Contain("reçu");
    }

    [Fact]
    public void Reads_gzip_files_and_walks_folders_in_order()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes("Ministers met in Nairobi on Monday to discuss the border."));
        }

        Write("b/second.txt.gz", compressed.ToArray());
        Write("a/first.txt", Encoding.UTF8.GetBytes("The envoy arrived in Doha on Sunday for talks."));
        Write("c/empty.txt", []);

        List<SourceItem> items = new SourceReader().Read([_folder.FullName]).ToList();
        items.Should().HaveCount(3);
        items[0].Document!.Content.Should().StartWith("The envoy");
        items[1].Document!.Content.Should().StartWith("Ministers met");
        items[2].Rejection!.Code.Should().Be(RejectionCodes.Empty);
    }

    [Fact]
    public void Reads_every_line_of_a_gzip_file_of_two_members_whose_trailer_gives_only_the_last_ones_size()
    {
        // The buffer starts at the size a gzip file records for itself, which is only a hint: with two members (files
        // concatenated) it is the second's alone, and the buffer has to grow past it. Lines are numbered across both.
        static byte[] Member(int first, int count)
        {
            using var compressed = new MemoryStream();
            using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                for (int n = first; n < first + count; n++)
                {
                    gzip.Write(Encoding.UTF8.GetBytes(
                        $"{{\"text\": \"The foreign minister met envoy {n} in Nairobi on Monday to discuss the border.\", \"url\": \"https://news.example/{n}\"}}\n"));
                }
            }

            return compressed.ToArray();
        }

        string path = Write("feed.jsonl.gz", [.. Member(1, 3000), .. Member(3001, 2)]);

        List<SourceItem> items = [.. new SourceReader().ReadFile(path)];

        items.Should().HaveCount(3002).And.OnlyContain(item => item.Document != null);
        items[0].Document!.Source.Should().Be(path + "#1");
        items[2999].Document!.Content.Should().Contain("envoy 3000 ");
        items[^1].Document!.Source.Should().Be(path + "#3002");
        items[^1].Document!.Content.Should().Contain("envoy 3002 ");
    }

    [Fact]
    public void Reads_stdin_for_a_dash()
    {
        byte[] text = Encoding.UTF8.GetBytes("Seoul and Tokyo agreed on Friday to restart a security dialogue.");
        SourceDocument document = new SourceReader().ReadFile("-", () => new MemoryStream(text)).Should().ContainSingle().Which.Document!;
        document.Source.Should().Be("-");
        document.Kind.Should().Be(ContentKind.PlainText);
    }

    [Fact]
    public void Names_a_missing_file()
    {
        string path = Path.Combine(_folder.FullName, "nowhere.txt");
        Rejection rejection = RejectionOf(new SourceReader().ReadFile(path));
        rejection.Code.Should().Be(RejectionCodes.NotFound);
        rejection.Source.Should().Be(path);
    }

    [Fact]
    public void Keeps_scraped_text_with_a_stray_div_line_as_plain_text()
    {
        const string scraped = "ADVERTISEMENT\nLeaders meet in Cairo\n<div class=\"caption\"><p>A photo caption</p></div>\n\nBody text.";
        ContentSniffer.Sniff("story.txt", scraped).Should().Be(SniffedKind.PlainText);
        ContentSniffer.Sniff("page", "<!DOCTYPE html><html><body><p>x</p></body></html>").Should().Be(SniffedKind.Html);
        ContentSniffer.Sniff("feed.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel></channel></rss>").Should().Be(SniffedKind.Feed);
    }

    [Fact]
    public void Fixture_folder_is_found()
    {
        File.Exists(Fixture.PathOf("README.md")).Should().BeTrue();
    }
}

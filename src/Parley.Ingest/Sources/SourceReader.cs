using System.IO.Compression;
using System.Text;
using Parley.Core;
using Parley.Ingest.Feeds;

namespace Parley.Ingest.Sources;

/// <summary>
/// Expands what a user names on the command line (files, folders walked recursively, <c>.gz</c>
/// files, <c>-</c> for stdin) into decoded documents, opening RSS/Atom feeds and JSON Lines files
/// into their items. Every file that cannot be read becomes a rejection naming it; the walk goes on.
/// </summary>
public sealed class SourceReader
{
    private readonly SourceLimits _limits;
    private readonly Encoding? _declaredEncoding;
    private readonly SourceHints _hints;

    /// <param name="limits">Size limits; <see cref="SourceLimits.Default"/> when null.</param>
    /// <param name="declaredEncoding">An encoding the user declared for every input (<c>--encoding</c>).</param>
    /// <param name="hints">Facts the user gave for every input (<c>--published</c>).</param>
    public SourceReader(SourceLimits? limits = null, Encoding? declaredEncoding = null, SourceHints? hints = null)
    {
        _limits = limits ?? SourceLimits.Default;
        _declaredEncoding = declaredEncoding;
        _hints = hints ?? SourceHints.None;
    }

    /// <summary>The files a set of paths names, in a stable order (folders sorted, recursively).</summary>
    public static IEnumerable<string> ExpandPaths(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (string path in paths)
        {
            if (path != "-" && Directory.Exists(path))
            {
                IEnumerable<string> files = Directory.EnumerateFiles(path, "*", new EnumerationOptions
                {
                    RecurseSubdirectories = true,
                    IgnoreInaccessible = true,
                    AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                });
                foreach (string file in files.Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    /// <summary>Reads every path in order; <paramref name="stdin"/> serves the path <c>-</c>.</summary>
    public IEnumerable<SourceItem> Read(IEnumerable<string> paths, Func<Stream>? stdin = null)
    {
        foreach (string file in ExpandPaths(paths))
        {
            foreach (SourceItem item in ReadFile(file, stdin))
            {
                yield return item;
            }
        }
    }

    /// <summary>
    /// Splits the source of a record inside a file, <c>FILE#N</c> (line N of a JSON Lines file, item N of a
    /// feed, as their readers name them), into the file and N; false for any other source.
    /// </summary>
    public static bool TryParseRecord(string source, out string file, out int record)
    {
        ArgumentNullException.ThrowIfNull(source);
        int hash = source.LastIndexOf('#');
        file = hash > 0 ? source[..hash] : "";
        record = 0;
        return hash > 0 && int.TryParse(source.AsSpan(hash + 1), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out record) && record > 0;
    }

    /// <summary>
    /// Reads one file and yields only the named records of it (sources <c>FILE#N</c>), so that retrying one
    /// rejected record does not read the others again. When the file as a whole cannot be read now, each
    /// named record is yielded as rejected for that reason; a record no longer in the file yields nothing.
    /// </summary>
    public IEnumerable<SourceItem> ReadRecords(string file, IReadOnlySet<string> records)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(records);
        foreach (SourceItem item in ReadFile(file))
        {
            string source = item.Document?.Source ?? item.Rejection!.Source;
            if (records.Contains(source))
            {
                yield return item;
            }
            else if (source == file && item.Rejection is { } whole)
            {
                foreach (string record in records.Order(StringComparer.Ordinal))
                {
                    yield return SourceItem.Rejected(record, whole.Code, whole.Reason);
                }
            }
        }
    }

    /// <summary>Reads one file (or stdin for <c>-</c>) into its documents.</summary>
    public IEnumerable<SourceItem> ReadFile(string path, Func<Stream>? stdin = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArraySegment<byte>? bytes = LoadBytes(path, stdin, out SourceItem failure);
        if (bytes is not { } loaded)
        {
            return [failure];
        }

        string name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        if (JsonLinesByLine(path, name, loaded) is { } records)
        {
            return records;
        }

        if (!TextDecoder.TryDecode(loaded, _declaredEncoding, out string text, out (string Code, string Reason) why))
        {
            return [SourceItem.Rejected(path, why.Code, why.Reason)];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return [SourceItem.Rejected(path, RejectionCodes.Empty, "the file holds only white space")];
        }

        return ContentSniffer.Sniff(name, text) switch
        {
            SniffedKind.Feed => FeedReader.Read(path, text, _limits, _hints),
            SniffedKind.JsonLines => JsonLinesReader.Read(path, text, _limits, _hints),
            SniffedKind.Html => [SourceItem.Of(new SourceDocument(path, ContentKind.Html, text, _hints))],
            _ => [SourceItem.Of(new SourceDocument(path, ContentKind.PlainText, text, _hints))],
        };
    }

    // Bytes decoded for the sniffer's look at a file: it reads the first 2,048 characters after any leading white space.
    private const int SniffBytes = 16 * 1024;

    /// <summary>
    /// The records of a JSON Lines file, decoded a line at a time from its bytes: decoded whole, a file at the input limit
    /// took its bytes and twice as much again as text, all at once (docs/ledger.md, Speed). Null when the file is not JSON
    /// Lines or cannot be decoded a line at a time exactly as <see cref="TextDecoder.TryDecode"/> decodes it whole (a
    /// UTF-16 file, an undeclared legacy encoding, binary data), or when its start is all white space: the whole-file
    /// path reads, or rejects, those.
    /// </summary>
    private IEnumerable<SourceItem>? JsonLinesByLine(string path, string name, ArraySegment<byte> bytes)
    {
        // A text or HTML file goes straight to the whole-file path, which validates and decodes it once, not twice.
        if (!ContentSniffer.IsJsonLinesName(name) && !StartsWithBrace(bytes))
        {
            return null;
        }

        if (TextDecoder.LineByLine(bytes, _declaredEncoding, out int bomLength) is not { } encoding)
        {
            return null;
        }

        ArraySegment<byte> body = bytes[bomLength..];
        int cut = Math.Min(body.Count, SniffBytes);
        while (cut < body.Count && cut > 0 && encoding.CodePage == Encoding.UTF8.CodePage && (body[cut] & 0xC0) == 0x80)
        {
            // Not inside a UTF-8 character: the strict decoder would take its first bytes for an error.
            cut--;
        }

        string head = encoding.GetString(body[..cut]);
        if (string.IsNullOrWhiteSpace(head) || ContentSniffer.Sniff(name, head) != SniffedKind.JsonLines)
        {
            return null;
        }

        return JsonLinesReader.Read(path, Lines(body, encoding), _limits, _hints);
    }

    // Whether the first byte after a UTF-8 byte-order mark and ASCII white space is "{", as a JSON Lines file's is. A file
    // that begins with other white space (a no-break space) is left to the whole-file path, which sniffs it the same way.
    private static bool StartsWithBrace(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> text = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        text = text.TrimStart(" \t\r\n\f\v"u8);
        return !text.IsEmpty && text[0] == (byte)'{';
    }

    // The decoded lines of body, as the decoded text's Split('\n') gives them: in the encodings LineByLine allows, a
    // newline byte is a newline character and never part of another.
    private static IEnumerable<string> Lines(ArraySegment<byte> body, Encoding encoding)
    {
        int start = 0;
        while (true)
        {
            int end = body.AsSpan(start).IndexOf((byte)'\n');
            if (end < 0)
            {
                yield return encoding.GetString(body[start..]);
                yield break;
            }

            yield return encoding.GetString(body.Slice(start, end));
            start += end + 1;
        }
    }

    private ArraySegment<byte>? LoadBytes(string path, Func<Stream>? stdin, out SourceItem failure)
    {
        failure = default;
        try
        {
            if (path == "-")
            {
                if (stdin is null)
                {
                    failure = SourceItem.Rejected(path, RejectionCodes.NotFound, "standard input is not available here");
                    return null;
                }

                using Stream input = stdin();
                return ReadBounded(path, input, 0, out failure);
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                failure = SourceItem.Rejected(path, RejectionCodes.NotFound, "no such file or folder");
                return null;
            }

            // Check the size before reading a byte, so a 200 MB file costs nothing.
            if (info.Length > _limits.MaxFileBytes)
            {
                failure = SourceItem.Rejected(path, RejectionCodes.TooLarge,
                    $"the file is {info.Length:N0} bytes; the limit is {_limits.MaxFileBytes:N0}");
                return null;
            }

            using FileStream file = info.OpenRead();
            if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                long expected = GzipSize(file);
                using var gzip = new GZipStream(file, CompressionMode.Decompress);
                return ReadBounded(path, gzip, expected, out failure);
            }

            return ReadBounded(path, file, info.Length, out failure);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            failure = SourceItem.Rejected(path, RejectionCodes.Unreadable, error.Message);
            return null;
        }
    }

    // Streams (stdin, gzip) have no length up front: read up to the limit plus one byte, and stop there. The buffer starts
    // at the size expected (a file's length, a gzip file's own record of it), so a file of 1,000 articles is not copied
    // through every doubling of the buffer and once more at the end: those copies, on the large-object heap, were the
    // biggest garbage of a JSON Lines ingest (docs/ledger.md, Speed).
    private ArraySegment<byte>? ReadBounded(string path, Stream input, long expected, out SourceItem failure)
    {
        failure = default;
        using var buffer = new MemoryStream((int)Math.Clamp(expected + 1, 0, Math.Min(_limits.MaxFileBytes + 1, Array.MaxLength)));
        byte[] chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _limits.MaxFileBytes)
            {
                failure = SourceItem.Rejected(path, RejectionCodes.TooLarge,
                    $"more than {_limits.MaxFileBytes:N0} bytes (after decompression); reading stopped there");
                return null;
            }
        }

        return new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    // The uncompressed size a gzip file records in its last four bytes (modulo 4 GiB, of its last member): a hint for
    // the buffer, never trusted for anything else, and no more than deflate can expand the file (1,032 to 1); 0 when the
    // file is too short to hold it.
    private static long GzipSize(FileStream file)
    {
        if (!file.CanSeek || file.Length < 18)
        {
            return 0;
        }

        Span<byte> size = stackalloc byte[4];
        file.Seek(-4, SeekOrigin.End);
        file.ReadExactly(size);
        file.Seek(0, SeekOrigin.Begin);
        return Math.Min(System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(size), file.Length * 1032);
    }
}

using System.Text;
using System.Text.RegularExpressions;
using Parley.Core;

namespace Parley.Ingest.Sources;

/// <summary>
/// Turns bytes into text without guessing: a byte-order mark, valid UTF-8, or an encoding the
/// document or the user declares. Anything else is rejected with the reason, because silently
/// decoding Latin-1 as UTF-8 turns "Erdoğan" into mojibake that no later stage can repair.
/// </summary>
public static partial class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>, or says why it cannot.</summary>
    /// <param name="bytes">The whole document.</param>
    /// <param name="declared">An encoding the user declared (<c>--encoding</c>), which wins over everything but a BOM.</param>
    /// <param name="text">The decoded text, without a BOM.</param>
    /// <param name="rejection">(code, reason) when the bytes are not text or not decodable.</param>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, Encoding? declared, out string text, out (string Code, string Reason) rejection)
    {
        text = string.Empty;
        rejection = default;
        if (bytes.IsEmpty)
        {
            rejection = (RejectionCodes.Empty, "the file is empty");
            return false;
        }

        if (LooksBinary(bytes, out string? what))
        {
            rejection = (RejectionCodes.Binary, what!);
            return false;
        }

        Encoding? fromBom = BomEncoding(bytes, out int bomLength);
        if (fromBom is not null)
        {
            text = fromBom.GetString(bytes[bomLength..]);
            return true;
        }

        if (declared is not null)
        {
            text = declared.GetString(bytes);
            return true;
        }

        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException utf8Error)
        {
            string? name = DeclaredCharset(bytes);
            if (name is null)
            {
                rejection = (RejectionCodes.UndeclaredEncoding,
                    $"not valid UTF-8 (first bad byte at offset {utf8Error.Index}) and no encoding is declared; " +
                    "pass --encoding (for example --encoding latin1) if you know it");
                return false;
            }

            Encoding encoding;
            try
            {
                encoding = Encoding.GetEncoding(name);
            }
            catch (ArgumentException)
            {
                rejection = (RejectionCodes.UnknownEncoding, $"the document declares encoding '{name}', which is not known");
                return false;
            }

            text = encoding.GetString(bytes);
            return true;
        }
    }

    /// <summary>
    /// The encoding to decode <paramref name="bytes"/> with a line at a time, when <see cref="TryDecode"/> would decode the
    /// whole of them the same way: valid UTF-8 with no byte-order mark, UTF-8 after its mark, or a declared encoding in
    /// which a newline byte is always a newline (one byte a character, or UTF-8). Null for everything else (empty, binary,
    /// UTF-16, an undeclared legacy encoding, a declared multi-byte one): <see cref="TryDecode"/> decodes or rejects those whole.
    /// </summary>
    /// <param name="bytes">The whole document.</param>
    /// <param name="declared">An encoding the user declared (<c>--encoding</c>).</param>
    /// <param name="bomLength">Bytes of byte-order mark to skip.</param>
    public static Encoding? LineByLine(ReadOnlySpan<byte> bytes, Encoding? declared, out int bomLength)
    {
        bomLength = 0;
        if (bytes.IsEmpty || LooksBinary(bytes, out _))
        {
            return null;
        }

        if (BomEncoding(bytes, out int bom) is { } fromBom)
        {
            bomLength = bom;
            return fromBom.CodePage == Encoding.UTF8.CodePage ? fromBom : null;
        }

        if (declared is not null)
        {
            return declared.IsSingleByte || declared.CodePage == Encoding.UTF8.CodePage ? declared : null;
        }

        // Checked without decoding: a file that is not valid UTF-8 is rejected whole, as TryDecode rejects it.
        return System.Text.Unicode.Utf8.IsValid(bytes) ? StrictUtf8 : null;
    }

    /// <summary>Resolves a user's encoding name ("latin1", "windows-1252", "utf-8").</summary>
    public static Encoding? Named(string name)
    {
        try
        {
            return Encoding.GetEncoding(name.Equals("latin1", StringComparison.OrdinalIgnoreCase) ? "iso-8859-1" : name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes, out string? what)
    {
        what = null;
        ReadOnlySpan<byte> head = bytes[..Math.Min(bytes.Length, 8192)];
        if (head.StartsWith("%PDF"u8))
        {
            what = "a PDF file, not text";
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
            || head.StartsWith("GIF8"u8))
        {
            what = "an image, not text";
        }
        else if (head.StartsWith("PK\u0003\u0004"u8))
        {
            what = "a zip archive, not text";
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            what = "gzip data inside a file not named .gz";
        }
        else if (BomEncoding(head, out _) is null)
        {
            // UTF-16 without a BOM and binary formats both show NUL bytes early; text never does.
            int controls = 0;
            foreach (byte b in head)
            {
                if (b == 0)
                {
                    what = "binary data (NUL bytes), not text";
                    break;
                }

                if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
                {
                    controls++;
                }
            }

            if (what is null && controls > head.Length / 20)
            {
                what = $"binary data ({controls} control bytes in the first {head.Length}), not text";
            }
        }

        return what is not null;
    }

    private static Encoding? BomEncoding(ReadOnlySpan<byte> bytes, out int length)
    {
        length = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            length = 3;
            return Encoding.UTF8;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            length = 2;
            return Encoding.Unicode;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            length = 2;
            return Encoding.BigEndianUnicode;
        }

        return null;
    }

    // <meta charset="...">, <meta http-equiv="Content-Type" content="text/html; charset=...">, <?xml ... encoding="..."?>
    [GeneratedRegex("""(?:<meta[^>]{0,200}?charset\s*=\s*["']?|<\?xml[^>]{0,100}?encoding\s*=\s*["'])([A-Za-z0-9_\-:.]{2,40})""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetDeclaration();

    private static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        // The declaration must sit in the first KiB or so; ASCII is enough to read it in any ASCII-compatible encoding.
        string head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        Match match = CharsetDeclaration().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }
}

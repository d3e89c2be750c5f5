using System.Collections.Frozen;

namespace Parley.Ingest.Html.Markup;

/// <summary>What <see cref="HtmlTokenizer.Next"/> found.</summary>
internal enum HtmlToken
{
    /// <summary>The end of the input.</summary>
    EndOfFile,

    /// <summary>A run of text (<see cref="HtmlTokenizer.Text"/>), references decoded.</summary>
    Text,

    /// <summary>A start tag (<see cref="HtmlTokenizer.Name"/>, <see cref="HtmlTokenizer.TakeAttributes"/>, <see cref="HtmlTokenizer.SelfClosing"/>).</summary>
    StartTag,

    /// <summary>An end tag (<see cref="HtmlTokenizer.Name"/>).</summary>
    EndTag,
}

/// <summary>
/// Splits HTML into text, start tags and end tags as the HTML standard's tokenizer does for the
/// states Parley meets on news pages; comments, doctypes, processing instructions and bogus comments
/// are read past and dropped. Text and attribute values are sliced from the input once, with their
/// character references decoded; tag and attribute names are lower-cased and shared.
/// </summary>
internal sealed class HtmlTokenizer(string html)
{
    // Names seen on almost every page: looked up without allocating a string per tag.
    private static readonly FrozenSet<string> CommonNames = new[]
    {
        "a", "abbr", "address", "article", "aside", "audio", "b", "base", "blockquote", "body", "br", "button", "canvas", "caption",
        "center", "cite", "code", "col", "colgroup", "dd", "del", "details", "dialog", "div", "dl", "dt", "em", "embed", "fieldset",
        "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html",
        "i", "iframe", "img", "input", "ins", "label", "legend", "li", "link", "main", "map", "mark", "math", "menu", "meta", "nav",
        "noscript", "object", "ol", "optgroup", "option", "p", "path", "picture", "pre", "q", "s", "script", "section", "select", "small",
        "source", "span", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot",
        "th", "thead", "time", "title", "tr", "u", "ul", "video", "wbr", "g", "use", "circle", "rect", "polygon", "symbol", "defs",
        "class", "id", "href", "src", "style", "type", "rel", "name", "content", "property", "role", "itemprop", "itemscope", "itemtype",
        "alt", "title", "width", "height", "lang", "charset", "http-equiv", "datetime", "target", "srcset", "sizes", "loading",
        "hidden", "aria-hidden", "aria-label", "tabindex", "data-src", "viewbox", "d", "fill", "xmlns", "async", "defer", "media",
        "action", "method", "value", "placeholder", "for", "dir", "crossorigin", "integrity", "decoding", "fetchpriority",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonBySpan = CommonNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly string _html = html;
    private readonly List<HtmlAttribute> _attributes = [];
    private readonly Dictionary<string, string> _otherNames = new(StringComparer.Ordinal);
    private int _position;

    /// <summary>The text of the last <see cref="HtmlToken.Text"/> token.</summary>
    public string Text { get; private set; } = "";

    /// <summary>The lower-case name of the last tag.</summary>
    public string Name { get; private set; } = "";

    /// <summary>Whether the last start tag ended in "/&gt;" (honoured only for void and foreign elements).</summary>
    public bool SelfClosing { get; private set; }

    /// <summary>
    /// Whether the tree builder is inside SVG or MathML, where <c>&lt;![CDATA[...]]&gt;</c> is text
    /// rather than a bogus comment.
    /// </summary>
    public bool InForeignContent { get; set; }

    /// <summary>Reads the next token.</summary>
    public HtmlToken Next()
    {
        string html = _html;
        while (_position < html.Length)
        {
            int start = _position;
            if (html[start] != '<')
            {
                int lt = html.IndexOf('<', start);
                _position = lt < 0 ? html.Length : lt;
                ReadOnlySpan<char> text = html.AsSpan(start, _position - start);
                Text = text.IsWhiteSpace() ? Shared(text) : CharacterReferences.Decode(text, inAttribute: false);
                return HtmlToken.Text;
            }

            char next = start + 1 < html.Length ? html[start + 1] : '\0';
            if (char.IsAsciiLetter(next))
            {
                _position = start + 1;
                if (ReadTag())
                {
                    return HtmlToken.StartTag;
                }

                continue;
            }

            if (next == '/' && start + 2 < html.Length && char.IsAsciiLetter(html[start + 2]))
            {
                _position = start + 2;
                if (ReadTag())
                {
                    _attributes.Clear();
                    return HtmlToken.EndTag;
                }

                continue;
            }

            if (next == '!')
            {
                if (ReadMarkupDeclaration(start))
                {
                    return HtmlToken.Text;
                }

                continue;
            }

            if (next == '?' || next == '/')
            {
                // "<?xml ...>", "</ >" and "</3>" are bogus comments: everything to the next ">".
                SkipPast(start + 2, '>');
                continue;
            }

            // A "<" that starts no tag ("a < b") is text, up to the next "<".
            int following = html.IndexOf('<', start + 1);
            _position = following < 0 ? html.Length : following;
            Text = CharacterReferences.Decode(html.AsSpan(start, _position - start), inAttribute: false);
            return HtmlToken.Text;
        }

        return HtmlToken.EndOfFile;
    }

    /// <summary>The attributes of the last start tag, in source order, the first of a repeated name kept.</summary>
    public HtmlAttribute[] TakeAttributes()
    {
        if (_attributes.Count == 0)
        {
            return [];
        }

        HtmlAttribute[] attributes = [.. _attributes];
        _attributes.Clear();
        return attributes;
    }

    /// <summary>
    /// Reads the content of a raw-text (script, style) or escapable raw-text (title, textarea) element
    /// and its end tag. Markup inside is text; only escapable text decodes references.
    /// </summary>
    public string ReadRawText(string name, bool decodeReferences)
    {
        string html = _html;
        int start = _position;
        int search = start;
        int end = html.Length;
        while (search < html.Length)
        {
            int close = html.IndexOf("</", search, StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }

            int after = close + 2 + name.Length;
            if (after <= html.Length && html.AsSpan(close + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after == html.Length || IsTagEnd(html[after])))
            {
                end = close;
                break;
            }

            search = close + 2;
        }

        // The end tag is read here too: nothing in it matters to the tree builder, which has not pushed the element.
        int endTagClose = end < html.Length ? html.IndexOf('>', end) : -1;
        _position = endTagClose < 0 ? html.Length : endTagClose + 1;
        ReadOnlySpan<char> text = html.AsSpan(start, end - start);
        return decodeReferences ? CharacterReferences.Decode(text, inAttribute: false) : new string(text);
    }

    private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\r' or '\f';

    private static bool IsTagEnd(char c) => IsSpace(c) || c is '/' or '>';

    // Reads a tag from its name (at _position) to its ">"; false when the input ends first (the tag is dropped).
    private bool ReadTag()
    {
        string html = _html;
        int start = _position;
        int end = start;
        while (end < html.Length && !IsTagEnd(html[end]))
        {
            end++;
        }

        Name = NameOf(html.AsSpan(start, end - start));
        SelfClosing = false;
        _attributes.Clear();
        int at = end;
        while (at < html.Length)
        {
            char c = html[at];
            if (IsSpace(c))
            {
                at++;
                continue;
            }

            if (c == '>')
            {
                _position = at + 1;
                return true;
            }

            if (c == '/')
            {
                SelfClosing = at + 1 < html.Length && html[at + 1] == '>';
                at++;
                continue;
            }

            at = ReadAttribute(at);
        }

        _position = html.Length;
        _attributes.Clear();
        return false;
    }

    // Reads one attribute starting at its name; returns the position after it.
    private int ReadAttribute(int start)
    {
        string html = _html;
        // A name may start with "=" ("<a =x>"); after that "=" ends it.
        int end = start + 1;
        while (end < html.Length && !IsTagEnd(html[end]) && html[end] != '=')
        {
            end++;
        }

        string name = NameOf(html.AsSpan(start, end - start));
        int at = end;
        while (at < html.Length && IsSpace(html[at]))
        {
            at++;
        }

        string value = "";
        if (at < html.Length && html[at] == '=')
        {
            at++;
            while (at < html.Length && IsSpace(html[at]))
            {
                at++;
            }

            if (at < html.Length && html[at] is '"' or '\'')
            {
                char quote = html[at];
                int close = html.IndexOf(quote, at + 1);
                int valueEnd = close < 0 ? html.Length : close;
                value = CharacterReferences.Decode(html.AsSpan(at + 1, valueEnd - at - 1), inAttribute: true);
                at = close < 0 ? html.Length : close + 1;
            }
            else
            {
                int valueStart = at;
                while (at < html.Length && !IsSpace(html[at]) && html[at] != '>')
                {
                    at++;
                }

                value = CharacterReferences.Decode(html.AsSpan(valueStart, at - valueStart), inAttribute: true);
            }
        }
        else
        {
            at = end;
        }

        foreach (HtmlAttribute seen in _attributes)
        {
            if (string.Equals(seen.Name, name, StringComparison.Ordinal))
            {
                return at;
            }
        }

        _attributes.Add(new HtmlAttribute(name, value));
        return at;
    }

    // Reads past "<!--...-->", "<!DOCTYPE ...>" and other "<!" declarations; true for a CDATA section in
    // foreign content, whose content is then the text token.
    private bool ReadMarkupDeclaration(int start)
    {
        string html = _html;
        ReadOnlySpan<char> rest = html.AsSpan(start + 2);
        if (rest.StartsWith("--"))
        {
            // "<!-->" and "<!--->" are complete (empty) comments.
            if (rest[2..].StartsWith(">"))
            {
                _position = start + 5;
                return false;
            }

            if (rest[2..].StartsWith("->"))
            {
                _position = start + 6;
                return false;
            }

            int close = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
            // "--!>" also ends a comment; look for it only up to the "-->", so each comment costs its own length.
            int searchEnd = close < 0 ? html.Length : close;
            int bang = html.AsSpan(start + 4, searchEnd - (start + 4)).IndexOf("--!>", StringComparison.Ordinal);
            if (bang >= 0)
            {
                _position = start + 4 + bang + 4;
                return false;
            }

            _position = close < 0 ? html.Length : close + 3;
            return false;
        }

        if (InForeignContent && rest.StartsWith("[CDATA["))
        {
            int textStart = start + 9;
            int close = html.IndexOf("]]>", textStart, StringComparison.Ordinal);
            int textEnd = close < 0 ? html.Length : close;
            Text = html[textStart..textEnd];
            _position = close < 0 ? html.Length : close + 3;
            return true;
        }

        SkipPast(start + 2, '>');
        return false;
    }

    private void SkipPast(int from, char terminator)
    {
        int at = _html.IndexOf(terminator, Math.Min(from, _html.Length));
        _position = at < 0 ? _html.Length : at + 1;
    }

    // The indentation between tags repeats all through a page: one string per distinct run.
    private string Shared(ReadOnlySpan<char> space)
    {
        if (space.Length > 64)
        {
            return new string(space);
        }

        var seen = _otherNames.GetAlternateLookup<ReadOnlySpan<char>>();
        if (seen.TryGetValue(space, out string? shared))
        {
            return shared;
        }

        shared = new string(space);
        _otherNames[shared] = shared;
        return shared;
    }

    // Lower-cases a tag or attribute name and returns one shared string per name.
    private string NameOf(ReadOnlySpan<char> raw)
    {
        if (raw.Length > 64)
        {
            return raw.ToString().ToLowerInvariant();
        }

        Span<char> lower = stackalloc char[raw.Length];
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            lower[i] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }

        if (CommonBySpan.TryGetValue(lower, out string? common))
        {
            return common;
        }

        var others = _otherNames.GetAlternateLookup<ReadOnlySpan<char>>();
        if (others.TryGetValue(lower, out string? seen))
        {
            return seen;
        }

        string name = new(lower);
        _otherNames[name] = name;
        return name;
    }
}

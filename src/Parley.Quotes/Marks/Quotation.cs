using Parley.Core;

namespace Parley.Quotes.Marks;

/// <summary>
/// One stretch of quoted words: <see cref="Span"/> runs from the opening mark to the closing mark
/// (inclusive) or, for a stretch left open, to where it was cut; <see cref="Words"/> is the words inside,
/// trimmed, with a trailing attribution comma dropped. <see cref="IsClosed"/> is false when the writer
/// never closed it (a paragraph that ends inside a quotation, or a BBC-style reopening mark).
/// </summary>
public sealed record Quotation(TextSpan Span, TextSpan Words, bool IsClosed);

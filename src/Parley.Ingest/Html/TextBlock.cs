namespace Parley.Ingest.Html;

/// <summary>
/// A run of text between two block boundaries (a paragraph, a heading, a list item, the text
/// directly inside a <c>div</c>), with the element that holds it and how much of it is link text.
/// </summary>
/// <param name="Text">The text with white space collapsed to single spaces.</param>
/// <param name="Owner">Index in <see cref="PageLayout"/> of the nearest block element around the text.</param>
/// <param name="LinkChars">How many of the text's non-space characters sit inside links.</param>
/// <param name="Chars">How many non-space characters the text has.</param>
/// <param name="Commas">Commas in the text (a sign of prose).</param>
internal readonly record struct TextBlock(string Text, int Owner, int LinkChars, int Chars, int Commas)
{
    /// <summary>Share of the text that is link text, from 0 to 1.</summary>
    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;

    /// <summary>Whether the block reads as prose: long enough to be a sentence or more, and mostly not links.</summary>
    public bool IsProse => Chars >= 80 && LinkChars * 10 < Chars * 3;
}

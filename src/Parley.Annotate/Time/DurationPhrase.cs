using System.Globalization;
using Parley.Annotate.Tokens;
using Parley.Core;

namespace Parley.Annotate.Time;

/// <summary>
/// Durations: "1.5 hours" (PT1H30M), "90 minutes", "an hour and a half", "half an hour",
/// "a 90-minute call", "two-day visit", "three days", "six months".
/// </summary>
internal static class DurationPhrase
{
    public static int? Match(TokenCursor c, int i, ref TimeMention? mention)
    {
        if (c.Is(i, "half") && c.IsAny(i + 1, "an", "a") && c.IsAny(i + 2, "hour"))
        {
            mention = c.Mention(i, i + 3, null, IsoDuration.OfMinutes(30), relative: false, future: false);
            return i + 3;
        }

        // "two-day", "three-hour": one hyphenated word
        if (c.Has(i) && c.KindAt(i) == TokenKind.Word && c.At(i).IndexOf('-') is var hyphen and > 0)
        {
            ReadOnlySpan<char> word = c.At(i);
            if (TryCount(word[..hyphen], out decimal hyphenCount) && TimeWords.Units.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word[(hyphen + 1)..], out char hyphenUnit))
            {
                mention = c.Mention(i, i + 1, null, Build(hyphenCount, hyphenUnit), relative: false, future: false);
                return i + 1;
            }
        }

        if (!TryCountAt(c, i, out decimal count))
        {
            return null;
        }

        int j = c.Is(i + 1, "-") ? i + 2 : i + 1; // "90-minute"
        if (!TimeWords.Units.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(c.At(j), out char unit) || c.Is(j + 1, "ago"))
        {
            return null;
        }

        int end = j + 1;
        if (c.Is(end, "and") && c.IsAny(end + 1, "a") && c.Is(end + 2, "half"))
        {
            count += 0.5m;
            end += 3;
        }

        mention = c.Mention(i, end, null, Build(count, unit), relative: false, future: false);
        return end;
    }

    private static bool TryCountAt(TokenCursor c, int i, out decimal count)
    {
        count = 0;
        if (!c.Has(i))
        {
            return false;
        }

        if (c.KindAt(i) == TokenKind.Number)
        {
            return decimal.TryParse(c.At(i), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out count) && count > 0;
        }

        return TryCount(c.At(i), out count);
    }

    private static bool TryCount(ReadOnlySpan<char> word, out decimal count)
    {
        count = 0;
        if (decimal.TryParse(word, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out count))
        {
            return count > 0;
        }

        if (TimeWords.Numbers.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out int value) && value > 0)
        {
            count = value;
            return true;
        }

        return false;
    }

    private static IsoDuration Build(decimal count, char unit) => unit switch
    {
        'm' => IsoDuration.OfMinutes((int)Math.Round(count)),
        'h' => IsoDuration.OfMinutes((int)Math.Round(count * 60)),
        'D' => new IsoDuration(0, 0, 0, (int)Math.Floor(count), (int)Math.Round((count % 1) * 24), 0),
        'W' => count % 1 == 0 ? new IsoDuration(0, 0, (int)count, 0, 0, 0) : new IsoDuration(0, 0, 0, (int)Math.Round(count * 7), 0, 0),
        'M' => new IsoDuration(0, (int)Math.Round(count), 0, 0, 0, 0),
        _ => new IsoDuration((int)count, (int)Math.Round((count % 1) * 12), 0, 0, 0, 0),
    };
}

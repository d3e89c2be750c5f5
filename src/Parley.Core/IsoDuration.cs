using System.Globalization;
using System.Text;

namespace Parley.Core;

/// <summary>
/// A duration as news states it, kept in the units it was stated in ("1.5 hours" → PT1H30M,
/// "three days" → P3D, "six months" → P6M): months and years are not a fixed number of seconds.
/// </summary>
public readonly record struct IsoDuration(int Years, int Months, int Weeks, int Days, int Hours, int Minutes)
{
    /// <summary>A duration in whole minutes, printed in hours and minutes.</summary>
    public static IsoDuration OfMinutes(int minutes) => new(0, 0, 0, 0, minutes / 60, minutes % 60);

    /// <summary>The ISO 8601 form: P1Y, P6M, P2W, P3D, PT1H30M.</summary>
    public string ToIso()
    {
        var iso = new StringBuilder("P");
        Append(iso, Years, 'Y');
        Append(iso, Months, 'M');
        Append(iso, Weeks, 'W');
        Append(iso, Days, 'D');
        if (Hours > 0 || Minutes > 0)
        {
            iso.Append('T');
            Append(iso, Hours, 'H');
            Append(iso, Minutes, 'M');
        }

        return iso.Length == 1 ? "PT0M" : iso.ToString();
    }

    private static void Append(StringBuilder iso, int value, char unit)
    {
        if (value > 0)
        {
            iso.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => ToIso();
}

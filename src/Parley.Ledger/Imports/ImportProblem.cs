using System.Globalization;

namespace Parley.Ledger.Imports;

/// <summary>A line of an imported file that could not be read: where it is and why, so the user can fix or drop it.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Reason">What was wrong, with the value found.</param>
public sealed record ImportProblem(string File, int Line, string Reason)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line.ToString(CultureInfo.InvariantCulture)}: {Reason}";
}

/// <summary>One line of an imported file: an event read from it, or the problem that kept it out.</summary>
public sealed record ImportLine(ImportedEvent? Event, ImportProblem? Problem);

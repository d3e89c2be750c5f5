using Parley.Core;

namespace Parley.Ingest.Time;

/// <summary>
/// The dateline that opens a wire story: "BEIJING, Feb 4 (Reuters) - ", "WASHINGTON (AP) — ",
/// "New Delhi, Feb 6 (PTI): ". <see cref="Text"/> is the whole prefix as printed (with its trailing
/// dash and space), so it can be measured against the paragraph and, on a line of its own, listed as removed.
/// </summary>
/// <param name="Text">The prefix exactly as it opens the paragraph.</param>
/// <param name="City">The place the story was filed from, as printed ("BEIJING").</param>
/// <param name="Agency">The agency in brackets ("Reuters"), or null when the dateline names none.</param>
/// <param name="Date">The date with the year resolved from context, or null when the dateline gives no date or no year could be found.</param>
public sealed record WireDateline(string Text, string City, string? Agency, NewsTime? Date);

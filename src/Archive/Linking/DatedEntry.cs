using Archive.Content.Dates;

namespace Archive.Linking;

/// <summary>One thing that happened on a date: an article published, an offer made, a step in an offer's history.</summary>
/// <param name="Url">Where the entry is described (may carry a fragment).</param>
public sealed record DatedEntry(EdtfDate Date, EdtfPoint Point, DatedEntryKind Kind, string Title, string Url, string? Detail)
{
    /// <summary>The input file of the record the entry comes from (for the pages' dependencies).</summary>
    public string? File { get; init; }

    /// <summary>Other input files whose words the entry shows (the responding group's name).</summary>
    public IReadOnlyList<string> AlsoFrom { get; init; } = [];
}

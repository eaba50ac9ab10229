namespace Archive.Rendering.Views;

/// <summary>
/// What the search index records of a record page (<c>page.search</c>): its type and date for the result line, the
/// facets it belongs to, and the names that must find it. Null on pages that are not indexed.
/// </summary>
public sealed record SearchEntryView
{
    /// <summary>"Article", "Group" or "Offer".</summary>
    public required string Type { get; init; }

    /// <summary>The record's date in words, shown under the result; null for groups.</summary>
    public string? Date { get; init; }

    public required IReadOnlyList<SearchFilterView> Filters { get; init; }

    /// <summary>Names the record is known by (acronym, aliases), indexed with extra weight.</summary>
    public required IReadOnlyList<string> Names { get; init; }

    /// <summary>The name in its own script (Arabic), indexed with extra weight and marked with its language.</summary>
    public string? NativeName { get; init; }

    public string? NativeLanguage { get; init; }
}

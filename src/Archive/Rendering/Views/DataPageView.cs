namespace Archive.Rendering.Views;

/// <summary>The Data page: every download, each field explained, the licence, and how to cite the version.</summary>
public sealed record DataPageView
{
    public required string Title { get; init; }
    public required string Intro { get; init; }

    /// <summary>The version to cite: the first digits of the commit that last changed the records, or "unversioned".</summary>
    public required string Version { get; init; }

    /// <summary>That commit in full; null outside git.</summary>
    public string? Commit { get; init; }

    /// <summary>The day of that commit.</summary>
    public required DateView Date { get; init; }

    /// <summary>The licence the editors state, or null when they state none.</summary>
    public string? License { get; init; }

    public string? LicenseUrl { get; init; }

    /// <summary>What may be done with the data: the stated licence, or plainly that none is stated.</summary>
    public required string LicenseText { get; init; }

    /// <summary>The data package (<c>datapackage.json</c>) that describes the tables for software.</summary>
    public required string PackageUrl { get; init; }

    /// <summary>The tables (CSV).</summary>
    public required IReadOnlyList<DownloadView> Tables { get; init; }

    /// <summary>The documents (JSON, JSON-LD) and the feed.</summary>
    public required IReadOnlyList<DownloadView> Documents { get; init; }

    /// <summary>The objects that recur inside the JSON documents (reference, claim, quote, …), each with its fields.</summary>
    public required IReadOnlyList<DownloadView> Shapes { get; init; }
}

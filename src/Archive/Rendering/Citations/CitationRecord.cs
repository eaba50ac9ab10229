namespace Archive.Rendering.Citations;

/// <summary>
/// Everything needed to cite one archived item or archive page. Every output format is produced from this one
/// record, so the formats cannot disagree about a title or a date. Text fields may contain anything: each
/// formatter escapes for its own syntax, and line breaks are flattened to spaces.
/// </summary>
public sealed record CitationRecord
{
    /// <summary>Stable identifier, e.g. the archive record id; the citation key falls back to it.</summary>
    public required string Id
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(Id));
            field = value;
        }
    }

    public required CitationKind Kind { get; init; }

    /// <summary>Title exactly as published; formatters protect its capitalisation.</summary>
    public required string Title
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(Title));
            field = value;
        }
    }

    /// <summary>Authors in byline order; empty when the item is unsigned.</summary>
    public IReadOnlyList<CitationName> Authors
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Authors));
    } = [];

    /// <summary>Publication or site the item appeared in, e.g. "Antiwar.com"; for archive pages, the site title.</summary>
    public string? ContainerTitle { get; init; }

    /// <summary>Organisation responsible for publishing, when it differs from the container.</summary>
    public string? Publisher { get; init; }

    /// <summary>Publication date.</summary>
    public CitationDate? Issued { get; init; }

    /// <summary>Date of the latest revision.</summary>
    public CitationDate? Updated { get; init; }

    /// <summary>Where the item is published.</summary>
    public string? Url { get; init; }

    /// <summary>A preserved copy, e.g. on the Wayback Machine.</summary>
    public string? ArchiveUrl { get; init; }

    /// <summary>When the item was last seen at <see cref="Url"/>.</summary>
    public CitationDate? Accessed { get; init; }

    /// <summary>
    /// The version cited, e.g. the commit of an archive record's file (<c>a1e3a7e</c>), for "cite this version". The
    /// human-readable citation says "Version a1e3a7e"; the download formats cite the page and leave it out.
    /// </summary>
    public string? Version { get; init; }

    /// <summary>BCP 47 language tag of the item, e.g. <c>en</c> or <c>ar</c>.</summary>
    public string? Language { get; init; }

    /// <summary>Summary, as plain text.</summary>
    public string? Abstract { get; init; }

    /// <summary>
    /// The source gives <see cref="Issued"/> only approximately. The date is still cited; CSL-JSON marks it
    /// <c>"circa": true</c> and the human-readable citation prefixes "ca."; BibTeX and RIS carry the date alone.
    /// </summary>
    public bool IsUncertainDate { get; init; }
}

namespace Archive.Bench.Corpus;

/// <summary>One organisation of the corpus; <see cref="Rank"/> is its popularity (0 = written about most).</summary>
internal sealed record GroupSpec(
    string Id,
    string Name,
    string? Acronym,
    IReadOnlyList<string> Aliases,
    string Kind,
    string Orientation,
    IReadOnlyList<string> MemberOf,
    IReadOnlyList<RelationSpec> Relations,
    string? ActiveSince,
    IReadOnlyList<string> Regions,
    string Summary,
    int Rank)
{
    public string Body { get; set; } = "";
}

internal sealed record RelationSpec(string Type, string Group, string? Note);

/// <summary>
/// An article's front matter, planned before any body is written. Its body is composed when the file is written
/// (bodies are the bulk of the corpus and are never all held at once); <see cref="Cited"/> says which offer sources
/// must find their quote in it, and <see cref="Notes"/> is filled then.
/// </summary>
internal sealed class ArticleSpec
{
    public required int Index { get; init; }
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Kind { get; init; }
    public required string Source { get; init; }
    public required string Domain { get; init; }
    public required IReadOnlyList<string> Authors { get; init; }
    public required EdtfDay Published { get; init; }
    public required string? Url { get; init; }
    public required string Rights { get; init; }
    public required List<string> Groups { get; init; }
    public required string Summary { get; init; }
    public required int TargetWords { get; init; }
    public List<string> Offers { get; } = [];
    public List<(int Offer, int Source)> Cited { get; } = [];
    public List<NoteSpec> Notes { get; } = [];
}

internal sealed record NoteSpec(string Quote, string Note);

/// <summary>An offer's source; <see cref="Quote"/> is set once the cited article's body exists.</summary>
internal sealed class SourceSpec(string article)
{
    public string Article { get; } = article;
    public string Quote { get; set; } = "";
}

internal sealed record EventSpec(EdtfDay Date, string What, string Source);

internal sealed record ResponseSpec(string By, EdtfDay Date, string Stance, string Source);

internal sealed record DisputeSpec(string About, string Note);

internal sealed class OfferSpec
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required EdtfDay Date { get; init; }
    public required string Form { get; init; }
    public required IReadOnlyList<string> By { get; init; }
    public required IReadOnlyList<string> To { get; init; }
    public required IReadOnlyList<string> Via { get; init; }
    public required IReadOnlyList<string> Offered { get; init; }
    public required IReadOnlyList<string> Conditions { get; init; }
    public required string? Timeframe { get; init; }
    public required string? Duration { get; init; }
    public required string Status { get; init; }
    public required string? Outcome { get; init; }
    public required IReadOnlyList<EventSpec> Events { get; init; }
    public required IReadOnlyList<ResponseSpec> Responses { get; init; }
    public required IReadOnlyList<DisputeSpec> Disputes { get; init; }
    public required IReadOnlyList<SourceSpec> Sources { get; init; }
    public required string Body { get; init; }
}

internal sealed record PageSpec(string Id, string Title, string Summary, string Body);

namespace Archive.Rendering.Views;

/// <summary>A record's id in another dataset, e.g. Wikidata <c>Q1234567</c>, with the dataset's page for it.</summary>
public sealed record IdentifierView
{
    /// <summary>The key editors write (<c>wikidata</c>, <c>ucdp_actor</c>), a CSS hook.</summary>
    public required string Scheme { get; init; }

    /// <summary>The dataset's name ("Wikidata", "UCDP actor").</summary>
    public required string Label { get; init; }

    public required string Value { get; init; }

    /// <summary>The dataset's page for this id; null when the dataset has none.</summary>
    public string? Url { get; init; }
}

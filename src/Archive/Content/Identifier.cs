namespace Archive.Content;

/// <summary>A record's id in another dataset (<c>identifiers: {wikidata: Q…}</c>), already checked against its scheme.</summary>
/// <param name="Scheme">The key of an <see cref="IdentifierScheme"/>, e.g. <c>wikidata</c>.</param>
public sealed record Identifier(string Scheme, string Value, SourceSpan At)
{
    /// <summary>The dataset's name for readers, e.g. "Wikidata".</summary>
    public string Label => IdentifierSchemes.Find(Scheme)?.Label ?? Scheme;

    /// <summary>The dataset's page for this id (e.g. <c>https://www.wikidata.org/wiki/Q…</c>), or null when it has none.</summary>
    public string? Url => IdentifierSchemes.Find(Scheme)?.UrlFor(Value);
}

using Archive.Content.Dates;

namespace Archive.Content;

/// <summary>An organisation: armed group, coalition, government, mediator.</summary>
public sealed record Group
{
    public required string Id { get; init; }
    public required string File { get; init; }
    public required string Name { get; init; }
    public string? NameNative { get; init; }
    public string? Acronym { get; init; }
    public required IReadOnlyList<string> Aliases { get; init; }
    public required GroupKind Kind { get; init; }
    public string? Orientation { get; init; }
    /// <summary>Coalitions or umbrella bodies it belongs to, each with the evidence for the membership.</summary>
    public required IReadOnlyList<Claim> MemberOf { get; init; }
    public required IReadOnlyList<GroupRelation> Relations { get; init; }
    public EdtfDate? Active { get; init; }
    public required IReadOnlyList<string> Regions { get; init; }
    public required string Summary { get; init; }
    public bool Draft { get; init; }
    public required MarkdownBody Body { get; init; }
    /// <summary>Its ids in other datasets (Wikidata, UCDP, …), in the order written.</summary>
    public required IReadOnlyList<Identifier> Identifiers { get; init; }
}

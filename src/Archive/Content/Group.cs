using Archive.Content.Dates;

namespace Archive.Content;

/// <summary>An organisation: armed group, coalition, government, mediator.</summary>
/// <param name="MemberOf">Coalitions or umbrella bodies it belongs to, each with the evidence for the membership.</param>
/// <param name="Identifiers">Its ids in other datasets (Wikidata, UCDP, …), in the order written.</param>
public sealed record Group(
    string Id,
    string File,
    string Name,
    string? NameNative,
    string? Acronym,
    IReadOnlyList<string> Aliases,
    string Kind,
    string? Orientation,
    IReadOnlyList<Claim> MemberOf,
    IReadOnlyList<GroupRelation> Relations,
    EdtfDate? Active,
    IReadOnlyList<string> Regions,
    string Summary,
    bool Draft,
    MarkdownBody Body,
    IReadOnlyList<Identifier> Identifiers);

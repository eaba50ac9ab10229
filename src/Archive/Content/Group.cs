using Archive.Content.Dates;

namespace Archive.Content;

/// <summary>An organisation: armed group, coalition, government, mediator.</summary>
public sealed record Group(
    string Id,
    string File,
    string Name,
    string? NameNative,
    string? Acronym,
    IReadOnlyList<string> Aliases,
    string Kind,
    string? Orientation,
    IReadOnlyList<Ref> MemberOf,
    IReadOnlyList<GroupRelation> Relations,
    EdtfDate? Active,
    IReadOnlyList<string> Regions,
    string Summary,
    bool Draft,
    MarkdownBody Body);

namespace Archive.Rendering.Html;

/// <summary>A link after a marked passage to a record that quotes it, and what the passage supports there.</summary>
/// <param name="Text">What the link says: the kind ("offer"), or the record's short name when several of a kind cite it.</param>
/// <param name="Url">The place on the record's page that quotes the passage.</param>
/// <param name="Title">The whole story for the link's tooltip: "Quoted by the group “Kataib Hezbollah”: member of …".</param>
/// <param name="IsDisputePosition">The passage is one side of a dispute on that record.</param>
public sealed record PassageCitation(string Text, string Url, string Title, bool IsDisputePosition = false);

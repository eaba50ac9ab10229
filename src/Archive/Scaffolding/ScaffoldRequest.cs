namespace Archive.Scaffolding;

/// <summary>What to scaffold: a new record file <c>input/&lt;kind&gt;s/&lt;id&gt;.md</c> in the site at <paramref name="SiteRoot"/>.</summary>
/// <param name="SiteRoot">The folder holding <c>input/</c>.</param>
/// <param name="Title">Pre-fills <c>title</c> (article, offer) or <c>name</c> (group); null leaves a placeholder.</param>
public sealed record ScaffoldRequest(string SiteRoot, RecordKind Kind, string Id, string? Title = null);

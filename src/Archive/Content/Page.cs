namespace Archive.Content;

/// <summary>A free page such as "about" or "methodology", published at <c>/&lt;id&gt;/</c>.</summary>
public sealed record Page(string Id, string File, string Title, string? Summary, bool Draft, MarkdownBody Body);

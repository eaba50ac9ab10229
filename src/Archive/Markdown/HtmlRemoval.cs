namespace Archive.Markdown;

/// <summary>Something the sanitizer removed from a body, in words, and where it was written (Markdig's 0-based body line).</summary>
public sealed record HtmlRemoval(int Line, int Column, string What);

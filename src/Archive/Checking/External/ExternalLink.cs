namespace Archive.Checking.External;

/// <summary>An absolute http(s) address written in the input, and where it was written.</summary>
/// <param name="Url">The address as written.</param>
/// <param name="File">Path relative to the site folder, with forward slashes.</param>
/// <param name="Line">1-based line; 0 when only the file is known.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
/// <param name="Field">The front-matter field holding it (<c>url</c>, <c>archived_url</c>, …), or null for a link in the text.</param>
public sealed record ExternalLink(string Url, string File, int Line, int Column, string? Field = null);

namespace Archive.Rendering;

/// <summary>A finished file that is not a page (a feed, a download, a machine file): its URL and its bytes.</summary>
public sealed record RenderedFile(string Url, byte[] Content);

namespace Archive.Rendering.Pages;

/// <summary>A file of the site that is not a page (a feed, a download, a machine file): its URL and what writes it.</summary>
public sealed record FileRoute(string Url, Action<FileContext, Stream> Write);

namespace Archive.Rendering.Views;

/// <summary>The same content in another format, linked from the page's head with <c>rel="alternate"</c>: a feed, annotations.</summary>
/// <param name="Type">The media type, e.g. <c>application/atom+xml</c>.</param>
public sealed record AlternateView(string Title, string Url, string Type);

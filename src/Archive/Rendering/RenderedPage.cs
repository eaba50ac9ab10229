namespace Archive.Rendering;

/// <summary>A finished page: its URL and the bytes to publish at <see cref="Linking.Urls.ToFilePath"/>.</summary>
public sealed record RenderedPage(string Url, string Html);

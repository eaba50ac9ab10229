namespace Archive.Content;

/// <summary>Settings from <c>input/site.yml</c>.</summary>
public sealed record SiteConfig(
    string Title,
    string? Description,
    Uri BaseUrl,
    string Language,
    string Theme,
    IReadOnlyList<string> Editors,
    string? Repository,
    bool Mentions)
{
    /// <summary>The path part of the base URL (always starting and ending with <c>/</c>), prefixed to internal links.</summary>
    public string BasePath
    {
        get
        {
            var path = BaseUrl.AbsolutePath;
            return path.EndsWith('/') ? path : path + "/";
        }
    }

    public static SiteConfig Default { get; } = new(
        "Archive", null, new Uri("http://localhost/"), "en", "default", [], null, Mentions: true);
}

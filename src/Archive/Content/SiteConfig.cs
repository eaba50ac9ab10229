namespace Archive.Content;

/// <summary>Settings from <c>input/site.yml</c>.</summary>
/// <param name="License">The licence of the archive's records and downloads as the editors state it (e.g. "CC BY 4.0"); null when none is stated.</param>
/// <param name="LicenseUrl">Where the licence's text is.</param>
public sealed record SiteConfig(
    string Title,
    string? Description,
    Uri BaseUrl,
    string Language,
    string Theme,
    IReadOnlyList<string> Editors,
    string? Repository,
    bool Mentions,
    string? License = null,
    string? LicenseUrl = null)
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

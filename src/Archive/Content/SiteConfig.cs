namespace Archive.Content;

/// <summary>Settings from <c>input/site.yml</c>.</summary>
/// <param name="License">The licence of the archive's records and downloads as the editors state it (e.g. "CC BY 4.0"); null when none is stated.</param>
/// <param name="LicenseUrl">Where the licence's text is.</param>
/// <param name="PageSize">How many items a page of a long list shows (<c>page_size</c>); the rest are on further pages.</param>
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
    string? LicenseUrl = null,
    int PageSize = SiteConfig.DefaultPageSize)
{
    /// <summary>
    /// A list longer than this is split into pages. At about 350 bytes a link, a hundred keep a list page near 40 KB and
    /// a group page, whose six lists each show at most one page, under 300 KB however large the archive grows.
    /// </summary>
    public const int DefaultPageSize = 100;

    /// <summary>The range <c>page_size</c> accepts: a page of more than a thousand links is the unbounded page it exists to prevent.</summary>
    public const int MinPageSize = 1;

    public const int MaxPageSize = 1000;

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

using Archive.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Archive.Content;

/// <summary>Reads <c>input/site.yml</c>.</summary>
internal static class SiteConfigReader
{
    public const string RelativePath = "input/site.yml";

    /// <summary>
    /// The longest title and description accepted. Both are printed on every page (and in every feed and data file),
    /// so a pasted document here would be copied thousands of times.
    /// </summary>
    public const int MaxTitleLength = 300;
    public const int MaxDescriptionLength = 2000;

    /// <param name="themes">The theme names that exist (folders under <c>themes/</c> and the built-in <c>default</c>); null skips the check.</param>
    public static SiteConfig Read(string text, DiagnosticBag diagnostics, IReadOnlyList<string>? themes = null)
    {
        var map = YamlLoader.LoadMapping(text, RelativePath, 1, diagnostics, allowEmpty: false);
        if (map is null) return SiteConfig.Default;

        var f = new FieldReader(map, RelativePath, 0, diagnostics, "site.yml");
        var title = f.String("title", required: true, example: "Ceasefire Offers Archive", maxLength: MaxTitleLength);
        var description = f.String("description", maxLength: MaxDescriptionLength);
        var baseUrl = f.Url("base_url", required: true);
        var language = f.Language("language", "en");
        var theme = f.String("theme") ?? "default";
        var editors = f.StringList("editors");
        var repository = f.Url("repository");
        var mentions = f.Bool("mentions", fallback: true);
        var license = f.String("license");
        var licenseUrl = f.Url("license_url");
        var pageSize = PageSize(f, diagnostics);
        f.ReportUnknownFields();

        if (licenseUrl is not null && license is null)
        {
            // The Data page and the data package state a licence by name; an address alone says nothing a reader can check at a glance.
            diagnostics.Error(DiagnosticCodes.LicenseUrlWithoutLicense, RelativePath, f.KeyAt("license_url").Line, f.KeyAt("license_url").Column,
                "`license_url` is given without `license`", "name the licence too, e.g. `license: \"CC BY 4.0\"`, or remove `license_url`");
            licenseUrl = null;
        }

        if (!RecordId.IsValid(theme))
        {
            diagnostics.Error(DiagnosticCodes.InvalidSiteConfig, RelativePath, f.KeyAt("theme").Line, f.KeyAt("theme").Column,
                $"`{theme}` is not a theme folder name", "name a folder under themes/, e.g. `default`");
            theme = "default";
        }
        else if (themes is not null && !themes.Contains(theme))
        {
            var at = f.ValueAt("theme");
            diagnostics.Error(DiagnosticCodes.InvalidSiteConfig, RelativePath, at.Line, at.Column,
                $"there is no theme `{theme}`: the themes are {string.Join(", ", themes.Select(t => $"`{t}`"))}",
                (Suggestions.DidYouMean(theme, themes) is { } close ? close + " " : "") +
                $"name a folder under themes/, or `default` for the built-in theme");
            theme = "default";
        }

        var uri = baseUrl is null ? SiteConfig.Default.BaseUrl : new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
        return new SiteConfig(title ?? "Archive", description, uri, language ?? "en", theme, editors, repository, mentions, license, licenseUrl, pageSize);
    }

    /// <summary><c>page_size</c>: a whole number in <see cref="SiteConfig.MinPageSize"/>–<see cref="SiteConfig.MaxPageSize"/>, or the default.</summary>
    private static int PageSize(FieldReader f, DiagnosticBag diagnostics)
    {
        var text = f.String("page_size");
        if (text is null) return SiteConfig.DefaultPageSize;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var size)
            && size is >= SiteConfig.MinPageSize and <= SiteConfig.MaxPageSize)
        {
            return size;
        }
        var at = f.ValueAt("page_size");
        diagnostics.Error(DiagnosticCodes.InvalidPageSize, RelativePath, at.Line, at.Column,
            $"`page_size` must be a whole number from {SiteConfig.MinPageSize} to {SiteConfig.MaxPageSize:N0}, not `{text}`",
            $"write how many links a page of a long list shows, e.g. `page_size: {SiteConfig.DefaultPageSize}` (the default), or remove the line");
        return SiteConfig.DefaultPageSize;
    }
}

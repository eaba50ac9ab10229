using Archive.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Archive.Content;

/// <summary>Reads <c>input/site.yml</c>.</summary>
internal static class SiteConfigReader
{
    public const string RelativePath = "input/site.yml";

    public static SiteConfig Read(string text, DiagnosticBag diagnostics)
    {
        var map = YamlLoader.LoadMapping(text, RelativePath, 1, diagnostics, allowEmpty: false);
        if (map is null) return SiteConfig.Default;

        var f = new FieldReader(map, RelativePath, 0, diagnostics, "site.yml");
        var title = f.String("title", required: true, example: "Ceasefire Offers Archive");
        var description = f.String("description");
        var baseUrl = f.Url("base_url", required: true);
        var language = f.Language("language", "en");
        var theme = f.String("theme") ?? "default";
        var editors = f.StringList("editors");
        var repository = f.Url("repository");
        var mentions = f.Bool("mentions", fallback: true);
        var license = f.String("license");
        var licenseUrl = f.Url("license_url");
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

        var uri = baseUrl is null ? SiteConfig.Default.BaseUrl : new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
        return new SiteConfig(title ?? "Archive", description, uri, language ?? "en", theme, editors, repository, mentions, license, licenseUrl);
    }
}

using System.Text;
using Archive.Content;
using Archive.Linking;

namespace Archive.Rendering.Machine;

/// <summary>Writes <c>/robots.txt</c>: every page may be crawled, and the sitemap is named by its absolute URL.</summary>
public static class RobotsTxt
{
    public static void Write(Stream output, SiteConfig config)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(config.Title.ReplaceLineEndings(" ")).Append('\n');
        if (config.BasePath != "/")
        {
            // Crawlers read robots.txt only at a host's root; this copy serves a host that publishes the archive there.
            text.Append("# Crawlers read robots.txt at the root of a host; copy these lines there to name the sitemap.\n");
        }
        text.Append("User-agent: *\nAllow: /\n\n");
        text.Append("Sitemap: ").Append(new Uri(config.BaseUrl, Urls.Sitemap.TrimStart('/'))).Append('\n');
        output.Write(Encoding.UTF8.GetBytes(text.ToString()));
    }
}

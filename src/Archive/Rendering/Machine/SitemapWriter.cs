using System.Globalization;
using System.Text;
using System.Xml;
using Archive.Linking;
using Archive.Rendering.Pages;

namespace Archive.Rendering.Machine;

/// <summary>
/// Writes <c>/sitemap.xml</c> (the sitemaps.org protocol): every HTML page but the 404 page, by its absolute URL, with
/// <c>lastmod</c> where <see cref="PageDates"/> knows when what the page shows last changed.
/// </summary>
public static class SitemapWriter
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true };

    public static void Write(Stream output, FileContext c)
    {
        var dates = new PageDates(c.Site);
        using var w = XmlWriter.Create(output, Settings);
        w.WriteStartDocument();
        w.WriteStartElement("urlset", Namespace);
        foreach (var url in c.PageUrls.Where(u => u != Urls.NotFound).Order(StringComparer.Ordinal))
        {
            w.WriteStartElement("url", Namespace);
            w.WriteElementString("loc", Namespace, c.Data.Absolute(url));
            if (dates.LastModified(url) is { } day) w.WriteElementString("lastmod", Namespace, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndDocument();
    }
}

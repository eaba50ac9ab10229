namespace Archive.Tests.Cli;

/// <summary>A throw-away site folder under the temp directory, written from inline texts and deleted on dispose.</summary>
internal sealed class TempSite : IDisposable
{
    public const string SiteYml = """
        title: "Test archive"
        base_url: "https://example.org/"
        """;

    public const string GroupAlpha = """
        ---
        name: "Alpha Brigade"
        kind: armed-group
        summary: "A group that exists only in tests."
        ---

        Alpha Brigade is a test fixture.
        """;

    public const string ArticleAlpha = """
        ---
        title: "Alpha Brigade offers a truce"
        kind: news
        source: "Test Wire"
        published: "2006-05-06"
        summary: "Alpha Brigade offered to halt attacks."
        ---

        Alpha Brigade said on Saturday it would halt attacks for a month.
        """;

    public const string OfferAlpha = """
        ---
        title: "Alpha Brigade's one-month truce"
        date: "2006-05"
        form: conditional-offer
        by:
          - alpha
        offered:
          - "halt attacks"
        status: proposed
        sources:
          - article: alpha-report
            quote: "would halt attacks for a month"
        ---

        The offer was reported once.
        """;

    private TempSite(string root) => Root = root;

    public string Root { get; }

    /// <summary>A folder with <c>input/site.yml</c> and nothing else.</summary>
    public static TempSite Empty()
    {
        var site = new TempSite(Directory.CreateTempSubdirectory("archive-test-").FullName);
        site.Write("input/site.yml", SiteYml);
        return site;
    }

    /// <summary>A small valid site: one group, one article, one offer citing the article.</summary>
    public static TempSite Minimal()
    {
        var site = Empty();
        site.Write("input/groups/alpha.md", GroupAlpha);
        site.Write("input/articles/alpha-report.md", ArticleAlpha);
        site.Write("input/offers/alpha-truce.md", OfferAlpha);
        return site;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher or server still closing may hold a handle for a moment; the temp folder is not worth failing a test.
        }
    }
}

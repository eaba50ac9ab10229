namespace Archive.Tests.Infrastructure;

/// <summary>
/// The smallest site that builds: one group, one article and one offer citing it. The command-line, preview and
/// scaffolding tests start from it; <see cref="ValidSite"/> is the fuller fixture the build tests change.
/// </summary>
internal static class MinimalSite
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

    /// <summary>The fixture's files by path, with <c>input/site.yml</c>.</summary>
    public static Dictionary<string, string> Files() => new(StringComparer.Ordinal)
    {
        ["input/site.yml"] = SiteYml,
        ["input/groups/alpha.md"] = GroupAlpha,
        ["input/articles/alpha-report.md"] = ArticleAlpha,
        ["input/offers/alpha-truce.md"] = OfferAlpha,
    };
}

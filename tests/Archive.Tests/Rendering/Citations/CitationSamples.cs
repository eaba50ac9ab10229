using Archive.Rendering.Citations;

namespace Archive.Tests.Rendering.Citations;

/// <summary>The two records whose outputs were checked by hand against the BibLaTeX, RIS, CSL and Chicago rules.</summary>
internal static class CitationSamples
{
    public const string PorterAbstract =
        "Mixed signals from Washington have stalled talks between US officials and Sunni insurgent groups.";

    public const string AbcTitle = "AT&T Shares Fall 5% After $2 Billion \"Surprise\" Charge, #att_outage Trends";

    public const string AbcArchiveUrl =
        "https://web.archive.org/web/20201011120000/https://abcnews.go.com/Business/att-shares-fall/story?id=73541234&cid=share%2Ctw#comments";

    /// <summary>A signed analysis piece with every simple field filled.</summary>
    public static CitationRecord Porter => new()
    {
        Id = "2006-05-06-porter-bush-wavering",
        Kind = CitationKind.MagazineArticle,
        Title = "Bush's Wavering Halts Insurgent Peace Talks",
        Authors = [CitationName.Parse("Gareth Porter")],
        ContainerTitle = "Antiwar.com",
        Issued = new CitationDate(2006, 5, 6),
        Url = "https://www.antiwar.com/porter/?articleid=8957",
        Accessed = new CitationDate(2026, 11, 21),
        Language = "en",
        Abstract = PorterAbstract,
    };

    /// <summary>An unsigned news item with TeX-hostile characters, an update, an archived copy and an uncertain date.</summary>
    public static CitationRecord Abc => new()
    {
        Id = "2020-10-11-abc-att-shares-fall",
        Kind = CitationKind.NewspaperArticle,
        Title = AbcTitle,
        ContainerTitle = "ABC News",
        Publisher = "ABC News Internet Ventures",
        Issued = new CitationDate(2020, 10, 11),
        Updated = new CitationDate(2023, 12, 13),
        Url = "https://abcnews.go.com/Business/att-shares-fall/story?id=73541234",
        ArchiveUrl = AbcArchiveUrl,
        IsUncertainDate = true,
    };

    /// <summary>One of the archive's own pages: no author, dated by its last update.</summary>
    public static CitationRecord GroupPage => new()
    {
        Id = "groups/kataib-hezbollah",
        Kind = CitationKind.WebPage,
        Title = "Kata'ib Hezbollah",
        ContainerTitle = "Iraq Insurgency Archive",
        Updated = new CitationDate(2026, 3, 2),
        Url = "https://archive.example.org/groups/kataib-hezbollah/",
    };
}

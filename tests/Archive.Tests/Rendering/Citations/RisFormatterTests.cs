using Archive.Rendering.Citations;

namespace Archive.Tests.Rendering.Citations;

public sealed class RisFormatterTests
{
    // Built from lines rather than a literal so the CRLF endings and the trailing space of "ER  - " are explicit.
    private static string Ris(params string[] lines) => string.Concat(lines.Select(l => l + "\r\n"));

    [Fact]
    public void Format_SignedAnalysis_IsExactRis()
    {
        var expected = Ris(
            "TY  - MGZN",
            "TI  - Bush's Wavering Halts Insurgent Peace Talks",
            "AU  - Porter, Gareth",
            "T2  - Antiwar.com",
            "PY  - 2006",
            "DA  - 2006/05/06/",
            "UR  - https://www.antiwar.com/porter/?articleid=8957",
            "Y2  - 2026/11/21/",
            "LA  - en",
            "AB  - " + CitationSamples.PorterAbstract,
            "ER  - ");
        Assert.Equal(expected, RisFormatter.Format(CitationSamples.Porter));
    }

    [Fact]
    public void Format_UnsignedNewsWithSpecialCharacters_IsExactRis()
    {
        var expected = Ris(
            "TY  - NEWS",
            "TI  - AT&T Shares Fall 5% After $2 Billion \"Surprise\" Charge, #att_outage Trends",
            "T2  - ABC News",
            "PB  - ABC News Internet Ventures",
            "PY  - 2020",
            "DA  - 2020/10/11/",
            "UR  - https://abcnews.go.com/Business/att-shares-fall/story?id=73541234",
            "N1  - Last updated 2023-12-13",
            "N1  - Archived copy: " + CitationSamples.AbcArchiveUrl,
            "ER  - ");
        Assert.Equal(expected, RisFormatter.Format(CitationSamples.Abc));
    }

    [Fact]
    public void Format_Any_UsesCrlfOnlyAndEndsWithEr()
    {
        var ris = RisFormatter.Format(CitationSamples.Abc with { Title = "Two\nlines\r\nand\rmore", Abstract = "a\n\nb" });

        Assert.StartsWith("TY  - ", ris);
        Assert.EndsWith("\r\nER  - \r\n", ris);
        Assert.Equal(ris.Split("\r\n").Length - 1, ris.Count(c => c == '\n'));
        Assert.Equal(ris.Count(c => c == '\r'), ris.Count(c => c == '\n'));
        Assert.Contains("TI  - Two lines and more\r\n", ris);
        Assert.Contains("AB  - a b\r\n", ris);
        Assert.All(ris.Split("\r\n")[..^1], line => Assert.Matches(@"^[A-Z][A-Z0-9]  - ", line));
    }

    [Fact]
    public void Format_SeveralAuthors_WritesOneAuLineEach()
    {
        var record = CitationSamples.Porter with
        {
            Authors = [CitationName.Parse("Gareth Porter"), CitationName.Parse("James Joyner"), CitationName.AsLiteral("Associated Press")],
        };
        Assert.Contains("AU  - Porter, Gareth\r\nAU  - Joyner, James\r\nAU  - Associated Press\r\n", RisFormatter.Format(record));
    }

    [Theory]
    [InlineData(2006, 5, 6, "2006/05/06/")]
    [InlineData(2006, 5, null, "2006/05//")]
    [InlineData(2006, null, null, "2006///")]
    public void RisDate_PartialDate_KeepsEverySlash(int year, int? month, int? day, string expected)
    {
        Assert.Equal(expected, RisFormatter.RisDate(new CitationDate(year, month, day)));
    }

    [Theory]
    [InlineData(CitationKind.BlogPost, "BLOG")]
    [InlineData(CitationKind.WebPage, "ELEC")]
    [InlineData(CitationKind.Report, "RPRT")]
    [InlineData(CitationKind.Dataset, "DATA")]
    public void Format_Kind_PicksReferenceType(CitationKind kind, string type)
    {
        Assert.StartsWith($"TY  - {type}\r\n", RisFormatter.Format(CitationSamples.Porter with { Kind = kind }));
    }
}

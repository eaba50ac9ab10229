using Archive.Rendering.Citations;

namespace Archive.Tests.Rendering.Citations;

public sealed class CitationTextTests
{
    [Fact]
    public void Chicago_SignedAnalysis_IsBibliographyEntry()
    {
        Assert.Equal(
            "Porter, Gareth. \"Bush's Wavering Halts Insurgent Peace Talks.\" Antiwar.com, May 6, 2006. https://www.antiwar.com/porter/?articleid=8957.",
            CitationText.Chicago(CitationSamples.Porter));
    }

    [Fact]
    public void Chicago_UnsignedUncertainUpdatedNews_StartsWithTitleAndMarksCirca()
    {
        Assert.Equal(
            "\"AT&T Shares Fall 5% After $2 Billion 'Surprise' Charge, #att_outage Trends.\" ABC News, ca. October 11, 2020. "
            + "Last updated December 13, 2023. https://abcnews.go.com/Business/att-shares-fall/story?id=73541234.",
            CitationText.Chicago(CitationSamples.Abc));
    }

    [Fact]
    public void Chicago_ArchivePage_UsesLastUpdated()
    {
        Assert.Equal(
            "\"Kata'ib Hezbollah.\" Iraq Insurgency Archive. Last updated March 2, 2026. https://archive.example.org/groups/kataib-hezbollah/.",
            CitationText.Chicago(CitationSamples.GroupPage));
    }

    [Fact]
    public void Chicago_ArchivePageVersion_NamesTheVersionBeforeTheAddress()
    {
        Assert.Equal(
            "\"Kata'ib Hezbollah.\" Iraq Insurgency Archive. Last updated March 2, 2026. Version 2e135ef. https://github.com/o/r/blob/2e135ef/input/groups/kh.md.",
            CitationText.Chicago(CitationSamples.GroupPage with { Version = "2e135ef", Url = "https://github.com/o/r/blob/2e135ef/input/groups/kh.md" }));
    }

    [Fact]
    public void ChicagoSpans_Article_ItalicisesOnlyThePublication()
    {
        var spans = CitationText.ChicagoSpans(CitationSamples.Porter);
        Assert.Equal(
            [
                new CitationTextSpan("Porter, Gareth. \"Bush's Wavering Halts Insurgent Peace Talks.\" ", false),
                new CitationTextSpan("Antiwar.com", true),
                new CitationTextSpan(", May 6, 2006. https://www.antiwar.com/porter/?articleid=8957.", false),
            ],
            spans);
    }

    [Fact]
    public void ChicagoSpans_ArchivePage_HasNoItalics()
    {
        Assert.All(CitationText.ChicagoSpans(CitationSamples.GroupPage), span => Assert.False(span.IsItalic));
    }

    [Fact]
    public void Chicago_ThreeAuthors_InvertsOnlyTheFirst()
    {
        var record = CitationSamples.Porter with
        {
            Authors = [CitationName.Parse("Gareth Porter"), CitationName.Parse("James Joyner"), CitationName.AsLiteral("Associated Press")],
        };
        Assert.StartsWith("Porter, Gareth, James Joyner, and Associated Press. \"Bush's", CitationText.Chicago(record));
    }

    [Fact]
    public void Chicago_TwoAuthors_UsesCommaAnd()
    {
        var record = CitationSamples.Porter with { Authors = [CitationName.Parse("Gareth Porter"), CitationName.Parse("James Joyner")] };
        Assert.StartsWith("Porter, Gareth, and James Joyner. \"", CitationText.Chicago(record));
    }

    [Fact]
    public void Chicago_SevenAuthors_ShortensToThreeEtAl()
    {
        var record = CitationSamples.Porter with
        {
            Authors = Enumerable.Range(1, 7).Select(i => CitationName.Person($"Author{i}", "A.")).ToList(),
        };
        Assert.StartsWith("Author1, A., A. Author2, A. Author3, et al. \"Bush's", CitationText.Chicago(record));
    }

    [Theory]
    [InlineData("Is the Surge Working?", "\"Is the Surge Working?\"")]
    [InlineData("Bush Declares \"Mission Accomplished\"", "\"Bush Declares 'Mission Accomplished.'\"")]
    [InlineData("Talks Resume in the U.S.", "\"Talks Resume in the U.S.\"")]
    public void Chicago_TitleEnding_PlacesPunctuationInsideQuotes(string title, string expected)
    {
        var record = CitationSamples.Porter with { Title = title, Authors = [] };
        Assert.StartsWith(expected + " Antiwar.com", CitationText.Chicago(record));
    }

    [Fact]
    public void Chicago_BlogWithoutBlogInName_AddsBlogLabel()
    {
        var record = CitationSamples.Porter with { Kind = CitationKind.BlogPost, ContainerTitle = "Outside the Beltway" };
        Assert.Contains("\" Outside the Beltway (blog), May 6, 2006. ", CitationText.Chicago(record));
    }

    [Fact]
    public void Chicago_Report_ItalicisesTitleAndNamesIssuer()
    {
        var record = CitationSamples.Porter with
        {
            Kind = CitationKind.Report,
            Authors = [CitationName.AsLiteral("US Department of State")],
            Title = "Country Reports on Terrorism 2006",
            ContainerTitle = null,
            Publisher = "Office of the Coordinator for Counterterrorism",
        };
        var spans = CitationText.ChicagoSpans(record);
        Assert.Contains(new CitationTextSpan("Country Reports on Terrorism 2006", true), spans);
        Assert.Equal(
            "US Department of State. Country Reports on Terrorism 2006. Office of the Coordinator for Counterterrorism, May 6, 2006. https://www.antiwar.com/porter/?articleid=8957.",
            CitationText.Chicago(record));
    }

    [Fact]
    public void Chicago_Undated_GivesAccessDate()
    {
        var record = CitationSamples.Porter with { Issued = null };
        Assert.Equal(
            "Porter, Gareth. \"Bush's Wavering Halts Insurgent Peace Talks.\" Antiwar.com. Accessed November 21, 2026. https://www.antiwar.com/porter/?articleid=8957.",
            CitationText.Chicago(record));
    }
}

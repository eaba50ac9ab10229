using Archive.Rendering.Citations;

namespace Archive.Tests.Rendering.Citations;

public sealed class CitationKeyTests
{
    [Fact]
    public void For_AuthorAndYear_IsAuthorYearWord()
    {
        Assert.Equal("porter2006bush", CitationKey.For(CitationSamples.Porter));
    }

    [Fact]
    public void For_NoAuthor_FallsBackToId()
    {
        Assert.Equal("2020-10-11-abc-att-shares-fall", CitationKey.For(CitationSamples.Abc));
    }

    [Fact]
    public void For_IdWithSlash_KeepsOnlyLettersDigitsHyphens()
    {
        Assert.Equal("groups-kataib-hezbollah", CitationKey.For(CitationSamples.GroupPage));
    }

    [Fact]
    public void For_AccentedFamilyAndLeadingArticle_FoldsAndSkips()
    {
        var record = CitationSamples.Porter with
        {
            Authors = [CitationName.Parse("Jürgen Müller-Æsir")],
            Title = "The Élysée's Quiet Rôle",
        };
        Assert.Equal("mulleraesir2006elysee", CitationKey.For(record));
    }

    [Fact]
    public void For_LiteralAuthor_UsesWholeName()
    {
        var record = CitationSamples.Porter with { Authors = [CitationName.AsLiteral("Associated Press")] };
        Assert.Equal("associatedpress2006bush", CitationKey.For(record));
    }

    [Fact]
    public void For_IdWithAccentsAndCapitals_FoldsToLowercaseAscii()
    {
        var record = CitationSamples.Abc with { Id = "2006/Café Été--Ünïcode" };
        Assert.Equal("2006-cafe-ete-unicode", CitationKey.For(record));
    }

    [Fact]
    public void For_IdWithoutLatinLetters_IsCitation()
    {
        Assert.Equal("citation", CitationKey.For(CitationSamples.Abc with { Id = "العراق" }));
    }
}

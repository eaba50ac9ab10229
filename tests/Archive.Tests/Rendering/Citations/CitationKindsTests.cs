using Archive.Rendering.Citations;

namespace Archive.Tests.Rendering.Citations;

public sealed class CitationKindsTests
{
    [Fact]
    public void FromArticleKind_ArchiveKinds_MapToCitationKinds()
    {
        Assert.Equal(CitationKind.NewspaperArticle, CitationKinds.FromArticleKind("news"));
        Assert.Equal(CitationKind.NewspaperArticle, CitationKinds.FromArticleKind("wire"));
        Assert.Equal(CitationKind.MagazineArticle, CitationKinds.FromArticleKind("analysis"));
        Assert.Equal(CitationKind.MagazineArticle, CitationKinds.FromArticleKind("opinion"));
        Assert.Equal(CitationKind.BlogPost, CitationKinds.FromArticleKind("blog"));
        Assert.Equal(CitationKind.Report, CitationKinds.FromArticleKind("statement"));
        Assert.Equal(CitationKind.Report, CitationKinds.FromArticleKind("document"));
        Assert.Null(CitationKinds.FromArticleKind("podcast"));
    }

    [Theory]
    [InlineData("News")]
    [InlineData(" wire ")]
    public void FromArticleKind_CaseOrSpacing_IsIgnored(string kind)
    {
        Assert.Equal(CitationKind.NewspaperArticle, CitationKinds.FromArticleKind(kind));
    }
}

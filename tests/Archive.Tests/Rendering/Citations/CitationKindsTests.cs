using Archive.Content;
using Archive.Rendering.Citations;

namespace Archive.Tests.Rendering.Citations;

public sealed class CitationKindsTests
{
    [Theory]
    [InlineData(ArticleKind.News, CitationKind.NewspaperArticle)]
    [InlineData(ArticleKind.Wire, CitationKind.NewspaperArticle)]
    [InlineData(ArticleKind.Analysis, CitationKind.MagazineArticle)]
    [InlineData(ArticleKind.Opinion, CitationKind.MagazineArticle)]
    [InlineData(ArticleKind.Blog, CitationKind.BlogPost)]
    [InlineData(ArticleKind.Statement, CitationKind.Report)]
    [InlineData(ArticleKind.Document, CitationKind.Report)]
    public void FromArticleKind_ArchiveKinds_MapToCitationKinds(ArticleKind kind, CitationKind expected)
    {
        Assert.Equal(expected, CitationKinds.FromArticleKind(kind));
    }

    [Fact]
    public void FromArticleKind_EveryKind_HasACitationKind()
    {
        Assert.All(Enum.GetValues<ArticleKind>(), k => Assert.True(Enum.IsDefined(CitationKinds.FromArticleKind(k))));
    }
}

using Archive.Linking;

namespace Archive.Tests.Linking;

public sealed class QuoteAnchorsTests
{
    [Fact]
    public void Take_SameIdTwiceInOneArticle_NumbersTheSecondAndLeavesOtherArticlesAlone()
    {
        var anchors = new QuoteAnchors();

        Assert.Equal("claim-a-to-by-b", anchors.Take("report", "claim-a-to-by-b"));
        Assert.Equal("claim-a-to-by-b-2", anchors.Take("report", "claim-a-to-by-b"));
        Assert.Equal("claim-a-to-by-b-3", anchors.Take("report", "claim-a-to-by-b"));
        Assert.Equal("claim-a-to-by-b", anchors.Take("analysis", "claim-a-to-by-b"));
    }

    [Fact]
    public void Take_NumberedIdAlreadyTaken_SkipsIt()
    {
        var anchors = new QuoteAnchors();
        anchors.Take("report", "q-x-2");
        anchors.Take("report", "q-x");

        Assert.Equal("q-x-3", anchors.Take("report", "q-x"));
    }
}

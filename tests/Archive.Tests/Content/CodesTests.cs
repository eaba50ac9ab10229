using Archive.Content;

namespace Archive.Tests.Content;

public sealed class CodesTests
{
    [Theory]
    [InlineData(ArticleRights.MetadataOnly, "metadata-only")]
    [InlineData(ArticleRights.FullText, "full-text")]
    [InlineData(OfferStatus.PartiallyHeld, "partially-held")]
    [InlineData(OfferForm.ProposalViaIntermediary, "proposal-via-intermediary")]
    [InlineData(GroupKind.PoliticalParty, "political-party")]
    [InlineData(ResponseStance.NoResponse, "no-response")]
    [InlineData(ArticleKind.News, "news")]
    public void Of_EnumMember_IsItsKebabCaseCode(object value, string code)
    {
        Assert.Equal(code, value switch
        {
            ArticleRights r => Codes.Of(r),
            OfferStatus s => Codes.Of(s),
            OfferForm f => Codes.Of(f),
            GroupKind g => Codes.Of(g),
            ResponseStance r => Codes.Of(r),
            ArticleKind k => Codes.Of(k),
            _ => throw new ArgumentOutOfRangeException(nameof(value)),
        });
    }

    [Fact]
    public void All_ListsTheContentModelsValuesInItsOrder()
    {
        Assert.Equal(["news", "wire", "analysis", "opinion", "blog", "statement", "document"], Codes.All<ArticleKind>());
        Assert.Equal(["armed-group", "militia", "coalition", "government", "state-body", "mediator", "political-party", "other"], Codes.All<GroupKind>());
        Assert.Equal(["reported", "proposed", "negotiated", "unanswered", "rejected", "broken-off", "accepted", "partially-held", "lapsed"], Codes.All<OfferStatus>());
        Assert.Equal(["unilateral-declaration", "conditional-offer", "proposal-via-intermediary", "negotiated-proposal", "reported-offer"], Codes.All<OfferForm>());
        Assert.Equal(["allied-with", "rival-of", "splinter-of", "merged-into", "front-for"], Codes.All<RelationType>());
        Assert.Equal(["accepted", "rejected", "no-response", "denied", "no-comment"], Codes.All<ResponseStance>());
        Assert.Equal(["full-text", "excerpt", "metadata-only"], Codes.All<ArticleRights>());
    }

    [Theory]
    [InlineData("broken-off", true)]
    [InlineData("Broken-Off", false)]
    [InlineData("broken_off", false)]
    [InlineData("brokenoff", false)]
    [InlineData("", false)]
    public void TryParse_OnlyTheExactCode_IsAValue(string code, bool parses)
    {
        Assert.Equal(parses, Codes.TryParse<OfferStatus>(code, out var value));
        if (parses) Assert.Equal(OfferStatus.BrokenOff, value);
    }
}

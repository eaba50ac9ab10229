using AngleSharp.Dom;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Linking;

/// <summary>End to end: the quotes of claims and disputes are marked in the article, each with its own id, read back from the HTML.</summary>
public sealed class EvidenceMarksTests
{
    [Fact]
    public void Build_ClaimQuotes_AreMarkedInTheArticleWithTheirOwnIdsAndCiteTheirRecord()
    {
        using var site = TestSite.Valid(EvidenceFixture.Apply);
        site.BuildClean();

        var report = site.Page("/articles/daily-report/");
        // Both claims quote the same words, which also cross the start of the truce's source quote: one passage, two ids.
        var by = MarkedPassages.Landing(report, "claim-march-truce-by-northern-brigade");
        var via = MarkedPassages.Landing(report, "claim-march-truce-via-resistance-front");
        Assert.NotNull(by);
        Assert.Same(by, via);
        Assert.Equal(EvidenceFixture.SharedPassage, MarkedPassages.Text(report, "claim-march-truce-by-northern-brigade"));
        Assert.Equal(EvidenceFixture.SharedPassage, MarkedPassages.Text(report, "claim-march-truce-via-resistance-front"));
        AssertIdsUnique(report);

        var analysis = site.Page("/articles/weekly-analysis/");
        var member = analysis.GetElementById("claim-northern-brigade-member-of-resistance-front")!;
        Assert.Equal(("mark", "Analysts say the Resistance Front"), (member.LocalName, MarkedPassages.Text(analysis, member.Id!)));
        var cite = Assert.Single(MarkedPassages.Citations(analysis, member.Id!));
        Assert.Equal(("/groups/northern-brigade/#claim-member-of-resistance-front", "group"), (cite.GetAttribute("href"), cite.TextContent));
        Assert.Equal("Quoted by the group “Northern Brigade”: member of Resistance Front (believed)", cite.GetAttribute("title"));
    }

    [Fact]
    public void Build_OnePassageQuotedByTwoClaimsOfOneOffer_HasOneCitationNamingBoth()
    {
        using var site = TestSite.Valid(EvidenceFixture.Apply);
        site.BuildClean();
        var report = site.Page("/articles/daily-report/");

        var cite = Assert.Single(MarkedPassages.Citations(report, "claim-march-truce-by-northern-brigade"));

        Assert.Equal(("/offers/march-truce/#claim-by-northern-brigade", "offer"), (cite.GetAttribute("href"), cite.TextContent));
        Assert.Equal("Quoted by the offer “Three-month truce offer”: made by Northern Brigade (reported); through Resistance Front (believed)",
            cite.GetAttribute("title"));
        // One citation per passage: the truce's two sources, the side of the dispute, and the claims' shared words.
        Assert.Equal(4, report.QuerySelectorAll("sup.quote-cite").Length);
    }

    [Fact]
    public void Build_ClaimQuotingTheSamePassageAsASourceQuote_GetsAnIdDistinctFromTheSource()
    {
        using var site = TestSite.Valid(f => f.Replace(ValidSite.Truce, "  - state-government",
            "  - {group: state-government, certainty: reported, source: daily-report, quote: \"offered a three-month truce to the State Government\"}"));
        site.BuildClean();

        var report = site.Page("/articles/daily-report/");
        var source = report.GetElementById("q-march-truce")!;
        var claim = report.GetElementById("claim-march-truce-to-state-government")!;

        Assert.NotSame(source, claim);
        // One passage: the source's id on the mark, the claim's on an anchor at its start.
        Assert.Same(source, MarkedPassages.Landing(report, claim.Id!));
        Assert.Equal("offered a three-month truce to the State Government", MarkedPassages.Text(report, "q-march-truce"));
        Assert.Equal(MarkedPassages.Text(report, "q-march-truce"), MarkedPassages.Text(report, "claim-march-truce-to-state-government"));
        Assert.Single(MarkedPassages.Citations(report, "q-march-truce"));
        AssertIdsUnique(report);
    }

    [Fact]
    public void Build_DisputePositions_AreMarkedInBothArticlesAndSayTheyAreOneSide()
    {
        using var site = TestSite.Valid();
        site.BuildClean();

        var analysis = site.Page("/articles/weekly-analysis/");
        var report = site.Page("/articles/daily-report/");

        Assert.Equal("mark", analysis.GetElementById("dispute-may-talks-1-1")?.LocalName);
        Assert.Equal("May 2, 2006, but the talks ended without agreement", MarkedPassages.Text(analysis, "dispute-may-talks-1-1"));
        Assert.Equal("the first meeting was planned for May 3", MarkedPassages.Text(report, "dispute-may-talks-1-2"));
        var cite = Assert.Single(MarkedPassages.Citations(report, "dispute-may-talks-1-2"));
        Assert.Equal(("/offers/may-talks/#dispute-1-2", "one side of a dispute"), (cite.GetAttribute("href"), cite.TextContent));
        Assert.Equal("One side of a dispute on the offer “May talks proposal”: the date of the first meeting", cite.GetAttribute("title"));
        Assert.Contains("quote-dispute", report.GetElementById("dispute-may-talks-1-2")!.ClassList);
        AssertIdsUnique(analysis);
        AssertIdsUnique(report);
    }

    private static void AssertIdsUnique(IDocument page)
    {
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Distinct(StringComparer.Ordinal).Count(), ids.Count);
        Assert.All(page.QuerySelectorAll("mark[data-quote]").SelectMany(m => m.GetAttribute("data-quote")!.Split(' ')), id => Assert.Contains(id, ids));
    }
}

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
        // The passage crosses the start of the truce's source quote, so each claim is marked in two pieces.
        Assert.Equal("mark", report.GetElementById("claim-march-truce-by-northern-brigade")?.LocalName);
        Assert.Equal("mark", report.GetElementById("claim-march-truce-via-resistance-front")?.LocalName);
        Assert.Equal(EvidenceFixture.SharedPassage, Marked(report, "claim-march-truce-by-northern-brigade"));
        Assert.Equal(EvidenceFixture.SharedPassage, Marked(report, "claim-march-truce-via-resistance-front"));
        AssertIdsUnique(report);

        var analysis = site.Page("/articles/weekly-analysis/");
        var member = analysis.GetElementById("claim-northern-brigade-member-of-resistance-front")!;
        Assert.Equal(("mark", "Analysts say the Resistance Front"), (member.LocalName, Marked(analysis, member.Id!)));
        var cite = CitationAfter(member);
        Assert.Equal(("/groups/northern-brigade/", "group"), (cite.GetAttribute("href"), cite.TextContent));
        Assert.Contains("Quoted by the group “Northern Brigade”", cite.GetAttribute("title"), StringComparison.Ordinal);
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
        Assert.Equal("mark", claim.LocalName);
        Assert.Equal("offered a three-month truce to the State Government", Marked(report, "q-march-truce"));
        Assert.Equal(Marked(report, "q-march-truce"), Marked(report, "claim-march-truce-to-state-government"));
        AssertIdsUnique(report);
    }

    [Fact]
    public void Build_DisputePositions_AreMarkedInBothArticles()
    {
        using var site = TestSite.Valid();
        site.BuildClean();

        var analysis = site.Page("/articles/weekly-analysis/");
        var report = site.Page("/articles/daily-report/");

        Assert.Equal("mark", analysis.GetElementById("dispute-may-talks-1-1")?.LocalName);
        Assert.Equal("May 2, 2006, but the talks ended without agreement", Marked(analysis, "dispute-may-talks-1-1"));
        Assert.Equal("the first meeting was planned for May 3", Marked(report, "dispute-may-talks-1-2"));
        Assert.Equal("/offers/may-talks/", CitationAfter(report.GetElementById("dispute-may-talks-1-2")!).GetAttribute("href"));
        AssertIdsUnique(analysis);
        AssertIdsUnique(report);
    }

    /// <summary>
    /// The source's words in every mark of one passage, in order (a passage crossing other elements is marked in
    /// pieces); the citation of a passage nested inside it is not the source's words.
    /// </summary>
    private static string Marked(IDocument page, string id) =>
        string.Concat(page.QuerySelectorAll($"mark[data-quote='{id}']")
            .SelectMany(m => m.GetDescendants().OfType<IText>())
            .Where(t => t.ParentElement?.Closest(".quote-cite") is null)
            .Select(t => t.Data));

    private static void AssertIdsUnique(IDocument page)
    {
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Distinct(StringComparer.Ordinal).Count(), ids.Count);
        Assert.All(page.QuerySelectorAll("mark[data-quote]"), m => Assert.Contains(m.GetAttribute("data-quote"), ids));
    }

    /// <summary>The citation link the marker puts after the last mark of a passage.</summary>
    private static IElement CitationAfter(IElement firstMark)
    {
        var last = firstMark.Owner!.QuerySelectorAll($"mark[data-quote='{firstMark.Id}']").Last();
        for (var node = last.NextSibling ?? last.ParentElement?.NextSibling; node is not null; node = node.NextSibling)
        {
            if (node is IElement { ClassName: "quote-cite" } sup) return sup.QuerySelector("a")!;
        }
        throw new InvalidOperationException($"no citation after #{firstMark.Id}");
    }
}

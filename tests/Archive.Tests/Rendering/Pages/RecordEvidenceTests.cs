using System.Text.Json;
using AngleSharp.Dom;
using Archive.Content;
using Archive.Tests.Infrastructure;
using Archive.Tests.Linking;

namespace Archive.Tests.Rendering.Pages;

/// <summary>What record pages show of the evidence, built from the valid fixture and read back with AngleSharp.</summary>
public sealed class RecordEvidenceTests
{
    [Fact]
    public void OfferPage_Dispute_ShowsEachSideWithItsQuoteArticleDateAndNote()
    {
        using var site = TestSite.Valid();
        site.BuildClean();
        var page = site.Page("/offers/may-talks/");

        var dispute = page.GetElementById("dispute-1")!;
        Assert.Equal("the date of the first meeting", dispute.QuerySelector("h3")?.TextContent);
        var sides = dispute.QuerySelectorAll(".position").ToList();
        Assert.Equal(["dispute-1-1", "dispute-1-2"], sides.Select(s => s.Id));

        Assert.Equal(("“May 2, 2006, but the talks ended without agreement”", "/articles/weekly-analysis/#dispute-may-talks-1-1"), Quote(sides[0]));
        Assert.Equal(("“the first meeting was planned for May 3”", "/articles/daily-report/#dispute-may-talks-1-2"), Quote(sides[1]));
        Assert.Contains(sides[0].QuerySelectorAll("a"), a => a.GetAttribute("href") == "/articles/weekly-analysis/");
        Assert.Contains(sides[1].QuerySelectorAll("a"), a => a.GetAttribute("href") == "/articles/daily-report/");
        Assert.Equal("2006-03-15", sides[1].QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Null(sides[0].QuerySelector(".position-note"));
        Assert.Equal("One source gives May 3.", sides[1].QuerySelector(".position-note")?.TextContent);
    }

    [Fact]
    public void OfferPage_DisputeInTheOldForm_StillShowsItsNote()
    {
        using var site = TestSite.Valid(f => f.Replace(ValidSite.Talks,
            """
                positions:
                  - {article: weekly-analysis, quote: "May 2, 2006, but the talks ended without agreement"}
                  - {article: daily-report, quote: "the first meeting was planned for May 3", note: "One source gives May 3."}
            """, "\n    note: \"The sources give May 2 and May 3.\""));
        site.BuildClean(allowWarnings: true);

        var dispute = site.Page("/offers/may-talks/").GetElementById("dispute-1")!;

        Assert.Equal("the date of the first meeting", dispute.QuerySelector("h3")?.TextContent);
        Assert.Equal("The sources give May 2 and May 3.", dispute.QuerySelector("p")?.TextContent);
        Assert.Empty(dispute.QuerySelectorAll(".position"));
    }

    [Fact]
    public void OfferPage_Sources_AreAnchoredForTheirPassagesToLinkBack()
    {
        using var site = TestSite.Valid();
        site.BuildClean();

        var sources = site.Page("/offers/march-truce/").QuerySelectorAll("#sources li").ToList();

        Assert.Equal(["source-1", "source-2"], sources.Select(s => s.Id));
        Assert.Equal("/articles/daily-report/#q-march-truce-2", sources[1].QuerySelector("blockquote a")?.GetAttribute("href"));
    }

    [Fact]
    public void ArticlePage_Provenance_ShowsRetrievedTheArchivedCopyAndTheShortenedHashWithTheFullOne()
    {
        string hash = "";
        using var site = TestSite.Valid(f =>
        {
            var text = f[ValidSite.Report];
            var body = text[(text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
            hash = TextFixity.Sha256(body);
            f.AddFields(ValidSite.Report, $"text_sha256: {hash}\narchived_url: \"https://web.archive.org/web/2006/https://news.example.com/truce\"");
        });
        site.BuildClean();

        var provenance = site.Page("/articles/daily-report/").GetElementById("provenance")!;

        Assert.Equal("Provenance", provenance.QuerySelector("h2")?.TextContent);
        Assert.Equal("2006-03-16", provenance.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Contains(provenance.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://web.archive.org/web/2006/https://news.example.com/truce");
        var shortened = provenance.QuerySelector("summary code")!;
        Assert.Equal(hash[..12] + "…", shortened.TextContent);
        Assert.Equal(hash, shortened.GetAttribute("title"));
        Assert.Equal(hash, provenance.QuerySelector("code.hash")?.TextContent);
    }

    [Fact]
    public void ArticlePage_NoHashRecorded_ShowsProvenanceWithoutFixity()
    {
        using var site = TestSite.Valid();
        site.BuildClean();

        var provenance = site.Page("/articles/weekly-analysis/").GetElementById("provenance")!;

        Assert.Contains(provenance.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://web.archive.org/web/2006/https://analysis.example.com/spring");
        Assert.Null(provenance.QuerySelector(".fixity"));
    }

    [Fact]
    public void GroupAndOfferPages_Identifiers_AreLinksWithTheirDatasetAndValue()
    {
        using var site = TestSite.Valid(Identifiers);
        site.BuildClean();

        var group = site.Page("/groups/northern-brigade/").QuerySelectorAll("#identifiers li").ToList();
        Assert.Equal(["Wikidata Q4115189", "UCDP actor 1234", "ACLED actor Northern Brigade (Iraq)"], group.Select(li => Squash(li.TextContent)));
        Assert.Equal("https://www.wikidata.org/wiki/Q4115189", group[0].QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("https://ucdp.uu.se/actor/1234", group[1].QuerySelector("a")?.GetAttribute("href"));
        Assert.Null(group[2].QuerySelector("a"));

        var offer = Assert.Single(site.Page("/offers/march-truce/").QuerySelectorAll("#identifiers li"));
        Assert.Equal("https://pax.peaceagreements.org/agreements/view/2345", offer.QuerySelector("a")?.GetAttribute("href"));
        Assert.Null(site.Page("/groups/state-government/").GetElementById("identifiers"));
    }

    [Fact]
    public void JsonLd_Identifiers_AreSameAsForWikidataAndPropertyValuesForTheOthers()
    {
        using var site = TestSite.Valid(Identifiers);
        site.BuildClean();

        using var group = JsonLd(site, "/groups/northern-brigade/");
        Assert.Equal(["https://www.wikidata.org/wiki/Q4115189"], group.RootElement.GetProperty("sameAs").EnumerateArray().Select(e => e.GetString()));
        var ids = group.RootElement.GetProperty("identifier").EnumerateArray().ToList();
        Assert.Equal([("PropertyValue", "ucdp_actor", "1234"), ("PropertyValue", "acled_actor", "Northern Brigade (Iraq)")],
            ids.Select(i => (i.GetProperty("@type").GetString(), i.GetProperty("propertyID").GetString(), i.GetProperty("value").GetString())));

        using var offer = JsonLd(site, "/offers/march-truce/");
        Assert.False(offer.RootElement.TryGetProperty("sameAs", out _));
        Assert.Equal("2345", offer.RootElement.GetProperty("identifier")[0].GetProperty("value").GetString());
    }

    [Fact]
    public void JsonLd_QuotedClaims_AreRolesWithTheCertaintyAndTheSource_EditorsClaimsPlainOrganizations()
    {
        using var site = TestSite.Valid(EvidenceFixture.Apply);
        site.BuildClean();

        using var offer = JsonLd(site, "/offers/march-truce/");
        var organizer = Assert.Single(offer.RootElement.GetProperty("organizer").EnumerateArray());
        Assert.Equal("Role", organizer.GetProperty("@type").GetString());
        Assert.Equal("Northern Brigade", organizer.GetProperty("organizer").GetProperty("name").GetString());
        Assert.Equal("reported, according to The Daily Report: “The Northern Brigade has offered”", organizer.GetProperty("description").GetString());
        Assert.Equal("https://archive.example.org/articles/daily-report/#claim-march-truce-by-northern-brigade",
            organizer.GetProperty("subjectOf").GetProperty("url").GetString());
        var attendees = offer.RootElement.GetProperty("attendee").EnumerateArray().ToList();
        Assert.Equal(["Organization", "Role"], attendees.Select(a => a.GetProperty("@type").GetString()));
        Assert.Equal("State Government", attendees[0].GetProperty("name").GetString());

        using var group = JsonLd(site, "/groups/northern-brigade/");
        var member = Assert.Single(group.RootElement.GetProperty("memberOf").EnumerateArray());
        Assert.Equal("OrganizationRole", member.GetProperty("@type").GetString());
        Assert.Equal("Resistance Front", member.GetProperty("memberOf").GetProperty("name").GetString());
        Assert.StartsWith("believed, according to Weekly Analysis", member.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void GroupPage_OwnClaims_AreAnchoredAndQualified_InverseTiesAreQualifiedToo()
    {
        using var site = TestSite.Valid(EvidenceFixture.Apply);
        site.BuildClean();

        var member = site.Page("/groups/northern-brigade/").GetElementById("claim-member-of-resistance-front")!;
        Assert.Equal("believed", member.QuerySelector(".certainty")?.TextContent);
        Assert.Contains(member.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/articles/weekly-analysis/#claim-northern-brigade-member-of-resistance-front");

        var front = site.Page("/groups/resistance-front/");
        var members = Assert.Single(front.QuerySelectorAll("#members .tie"));
        Assert.Contains("tie-believed", members.ClassList);
        Assert.True(string.IsNullOrEmpty(members.Id), "a tie the coalition does not claim itself has no id on its page");
        var mediated = Assert.Single(front.QuerySelectorAll("#offers-mediated .tie"));
        Assert.Equal("believed", mediated.QuerySelector(".certainty")?.TextContent);
        Assert.Equal("according to The Daily Report", mediated.QuerySelector(".qualifier a")?.TextContent);
    }

    [Fact]
    public void OfferPage_EditorsOwnClaims_ReadAsPlainLinks()
    {
        using var site = TestSite.Valid();
        site.BuildClean();

        var by = site.Page("/offers/march-truce/").QuerySelector(".terms dt:nth-of-type(1) + dd")!;

        Assert.Equal("Northern Brigade", by.TextContent);
        Assert.Null(by.QuerySelector(".qualifier"));
        Assert.Equal("claim-by-northern-brigade", by.QuerySelector(".tie-confirmed")?.Id);
    }

    [Fact]
    public void OfferPage_ConfirmedClaimWithAQuote_NamesItsSourceWithoutACertaintyWord()
    {
        using var site = TestSite.Valid(f => f.Replace(ValidSite.Truce, "  - state-government",
            "  - {group: state-government, certainty: confirmed, source: daily-report, quote: \"offered a three-month truce to the State Government\"}"));
        site.BuildClean();

        var tie = site.Page("/offers/march-truce/").GetElementById("claim-to-state-government")!;

        Assert.Contains("tie-confirmed", tie.ClassList);
        Assert.Null(tie.QuerySelector(".certainty"));
        Assert.Equal("State Government (according to The Daily Report)", tie.TextContent);
        Assert.Equal("/articles/daily-report/#claim-march-truce-to-state-government", tie.QuerySelector(".qualifier a")?.GetAttribute("href"));
    }

    private static void Identifiers(Dictionary<string, string> f)
    {
        f.AddFields(ValidSite.Member, "identifiers:\n  wikidata: Q4115189\n  ucdp_actor: \"1234\"\n  acled_actor: \"Northern Brigade (Iraq)\"");
        f.AddFields(ValidSite.Truce, "identifiers:\n  pax: \"2345\"");
    }

    private static (string Text, string? Href) Quote(IElement side) =>
        (side.QuerySelector("blockquote")!.TextContent.Trim(), side.QuerySelector("blockquote a")?.GetAttribute("href"));

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static JsonDocument JsonLd(TestSite site, string url) =>
        JsonDocument.Parse(site.Page(url).QuerySelector("script[type='application/ld+json']")!.TextContent);
}

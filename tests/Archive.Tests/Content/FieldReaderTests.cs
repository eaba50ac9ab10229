using Archive.Content;
using Archive.Diagnostics;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Content;

/// <summary>FieldReader through the loader: what an editor's typo in front matter turns into.</summary>
public sealed class FieldReaderTests
{
    private const string ArticlePath = "input/articles/a.md";

    /// <summary>A valid article with <paramref name="extra"/> lines added to its front matter (after line 7).</summary>
    private static string Article(string extra = "", string published = "\"2006-03-01\"", string kind = "news") => $"""
        ---
        title: "A title"
        kind: {kind}
        source: "A source"
        published: {published}
        summary: "A summary."
        {extra}
        ---

        The body.
        """;

    private static Loaded LoadArticle(string text) => Loaded.File(ArticlePath, text);

    private static int LineOf(string text, string needle) => TestSite.LineIn(text, needle);

    [Fact]
    public void Article_AllFieldsValid_LoadsEveryField()
    {
        var text = Article("""
            authors: ["A. Writer", "B. Writer"]
            updated: "2006-03-02"
            url: "https://example.org/a"
            archived_url: "https://web.archive.org/web/2006/https://example.org/a"
            retrieved: "2024-01-05"
            rights: excerpt
            language: en-GB
            draft: false
            groups: [g-one]
            offers: [o-one]
            notes:
              - quote: "the body"
                note: "A note."
            """);

        var loaded = LoadArticle(text);

        loaded.AssertClean();
        var a = Assert.Single(loaded.Content.Articles);
        Assert.Equal(("a", "A title", ArticleKind.News, "A source"), (a.Id, a.Title, a.Kind, a.Source));
        Assert.Equal(["A. Writer", "B. Writer"], a.Authors);
        Assert.Equal("2006-03-01", a.Published.ToString());
        Assert.Equal((ArticleRights.Excerpt, "en-GB", false), (a.Rights, a.Language, a.Draft));
        Assert.Equal("g-one", Assert.Single(a.Groups).Id);
        Assert.Equal(LineOf(text, "groups:"), a.Groups[0].At.Line);
        Assert.Equal("the body", Assert.Single(a.Notes).Quote);
        Assert.Equal(ArticlePath, a.File);
    }

    [Fact]
    public void Article_OptionalFieldsLeftOut_GetDefaults()
    {
        var loaded = LoadArticle(Article());

        // Only the reminder that the copy's provenance is not recorded: a warning, not an error.
        var d = Assert.Single(loaded.Diagnostics);
        Assert.Equal((DiagnosticCodes.ProvenanceMissing, Severity.Warning), (d.Code, d.Severity));
        var a = Assert.Single(loaded.Content.Articles);
        Assert.Equal((ArticleRights.FullText, "en", false), (a.Rights, a.Language, a.Draft));
        Assert.Empty(a.Groups);
        Assert.Null(a.Url);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("kind")]
    [InlineData("source")]
    [InlineData("published")]
    [InlineData("summary")]
    public void Article_RequiredFieldMissing_ReportsFieldAtStartOfFrontMatter(string field)
    {
        var lines = Article().Split('\n').Where(l => !l.StartsWith(field + ":", StringComparison.Ordinal));
        var loaded = LoadArticle(string.Join('\n', lines));

        var d = loaded.Single(DiagnosticCodes.RequiredFieldMissing);
        Assert.Equal((ArticlePath, 2), (d.File, d.Line));
        Assert.Contains($"`{field}`", d.Message);
        Assert.Contains($"{field}:", d.Hint);
    }

    [Fact]
    public void Article_RequiredFieldWithoutValue_ReportsItsLine()
    {
        var text = Article().Replace("source: \"A source\"", "source:", StringComparison.Ordinal);

        var d = LoadArticle(text).Single(DiagnosticCodes.RequiredFieldMissing);

        Assert.Equal(LineOf(text, "source:"), d.Line);
    }

    [Fact]
    public void Article_RequiredFieldBlank_ReportsEmptyValue()
    {
        var text = Article().Replace("\"A source\"", "\"  \"", StringComparison.Ordinal);

        var d = LoadArticle(text).Single(DiagnosticCodes.EmptyValue);

        Assert.Equal(LineOf(text, "source:"), d.Line);
    }

    [Fact]
    public void Article_MisspeltKind_ReportsEnumWithDidYouMean()
    {
        var text = Article(kind: "analisys");

        var d = LoadArticle(text).Single(DiagnosticCodes.InvalidEnumValue);

        Assert.Equal((LineOf(text, "kind:"), 7), (d.Line, d.Column));
        Assert.Contains("`analisys`", d.Message);
        Assert.Contains("news, wire, analysis", d.Message);
        Assert.Equal("did you mean `analysis`?", d.Hint);
    }

    [Fact]
    public void Article_UnknownFieldTypo_HintsTheFieldMeant()
    {
        var text = Article("grops:\n  - g-one");

        var loaded = LoadArticle(text);

        var d = loaded.Single(DiagnosticCodes.UnknownField);
        Assert.Equal((LineOf(text, "grops:"), 1), (d.Line, d.Column));
        Assert.Contains("`grops`", d.Message);
        Assert.Equal("did you mean `groups`?", d.Hint);
    }

    [Fact]
    public void Article_UnknownFieldUnlikeAny_ListsAllowedFields()
    {
        var d = LoadArticle(Article("zzzzzzzzzzzz: 1")).Single(DiagnosticCodes.UnknownField);

        Assert.Contains("the fields allowed here are:", d.Hint);
        Assert.Contains("summary", d.Hint);
    }

    [Fact]
    public void Article_UnknownFieldInsideNote_IsReportedToo()
    {
        var text = Article("notes:\n  - quote: \"the body\"\n    note: \"n\"\n    nte: \"x\"");

        var d = LoadArticle(text).Single(DiagnosticCodes.UnknownField);

        Assert.Equal(LineOf(text, "nte:"), d.Line);
        Assert.Contains("`notes`", d.Message);
    }

    [Theory]
    [InlineData("www.example.org/a", "write `https://www.example.org/a`")]
    [InlineData("ftp://example.org/a", "write the full address starting with https://")]
    [InlineData("/relative/path", "write the full address starting with https://")]
    public void Article_BadUrl_ReportsInvalidUrlWithHint(string url, string hint)
    {
        var text = Article($"url: \"{url}\"");

        var d = LoadArticle(text).Single(DiagnosticCodes.InvalidUrl);

        Assert.Equal(LineOf(text, "url:"), d.Line);
        Assert.Equal(hint, d.Hint);
    }

    [Theory]
    [InlineData("\"2006-02-30\"")]
    [InlineData("\"2005-02-29\"")]
    [InlineData("\"2006-13\"")]
    [InlineData("\"March 2006\"")]
    [InlineData("\"06-03-01\"")]
    public void Article_DateNotInCalendar_ReportsInvalidDate(string published)
    {
        var text = Article(published: published);

        var d = LoadArticle(text).Single(DiagnosticCodes.InvalidDate);

        Assert.Equal(LineOf(text, "published:"), d.Line);
        Assert.Contains("`published`", d.Message);
        Assert.Contains("EDTF", d.Hint);
    }

    [Theory]
    [InlineData("\"2004-02-29\"")]
    [InlineData("\"2006-06-28?\"")]
    [InlineData("\"2006-03~\"")]
    [InlineData("2006")]
    public void Article_ValidEdtfDate_IsAccepted(string published)
    {
        LoadArticle(Article("retrieved: \"2024-01-05\"", published: published)).AssertClean();
    }

    [Theory]
    [InlineData("Kataib Hezbollah", "kataib-hezbollah")]
    [InlineData("kh_2020", "kh-2020")]
    public void Article_InvalidIdInRefList_ReportsInvalidIdWithSlug(string id, string suggested)
    {
        var text = Article($"groups:\n  - \"{id}\"");

        var d = LoadArticle(text).Single(DiagnosticCodes.InvalidId);

        Assert.Equal((LineOf(text, id), 5), (d.Line, d.Column));
        Assert.Contains($"`{suggested}`", d.Hint);
    }

    [Theory]
    [InlineData("title: \"<<headline>>\"", "title")]
    [InlineData("authors:\n  - \"<<byline>>\"", "authors")]
    public void Article_PlaceholderLeft_ReportsPlaceholder(string replacement, string field)
    {
        var text = field == "title" ? Article().Replace("title: \"A title\"", replacement, StringComparison.Ordinal) : Article(replacement);

        var d = LoadArticle(text).Single(DiagnosticCodes.PlaceholderLeft);

        Assert.Equal(LineOf(text, "<<"), d.Line);
        Assert.Contains($"`{field}`", d.Message);
        Assert.Contains("<<", d.Message);
    }

    [Fact]
    public void Article_ListWhereTextExpected_ReportsWrongType()
    {
        var text = Article().Replace("source: \"A source\"", "source:\n  - one\n  - two", StringComparison.Ordinal);

        var d = LoadArticle(text).Single(DiagnosticCodes.WrongType);

        Assert.Equal(LineOf(text, "- one"), d.Line);
        Assert.Contains("not a list", d.Message);
    }

    [Fact]
    public void Article_DraftNotBoolean_ReportsWrongType()
    {
        var text = Article("draft: maybe");

        var d = LoadArticle(text).Single(DiagnosticCodes.WrongType);

        Assert.Equal(LineOf(text, "draft:"), d.Line);
    }

    [Fact]
    public void Article_NotesNotAList_ReportsWrongType()
    {
        var text = Article("notes: \"a note\"");

        Assert.Equal(LineOf(text, "notes:"), LoadArticle(text).Single(DiagnosticCodes.WrongType).Line);
    }

    [Fact]
    public void Article_EmptyListItem_ReportsEmptyValue()
    {
        var text = Article("authors:\n  - \"A\"\n  - \"\"");

        Assert.Equal(LineOf(text, "- \"\""), LoadArticle(text).Single(DiagnosticCodes.EmptyValue).Line);
    }

    [Theory]
    [InlineData("English")]
    [InlineData("e")]
    [InlineData("EN")]
    public void Article_BadLanguageTag_ReportsLanguageTag(string language)
    {
        var text = Article($"language: {language}");

        var d = LoadArticle(text).Single(DiagnosticCodes.InvalidLanguageTag);

        Assert.Equal(LineOf(text, "language:"), d.Line);
        Assert.Equal("en", Assert.Single(LoadArticle(text).Content.Articles).Language);
    }

    [Fact]
    public void Offer_EmptySources_ReportsAtLeastOneNeeded()
    {
        var text = """
            ---
            title: "An offer"
            date: "2006-03"
            form: conditional-offer
            by: [g-one]
            offered: ["Halt attacks"]
            status: reported
            sources: []
            ---
            """;

        var d = Loaded.File("input/offers/o.md", text).Single(DiagnosticCodes.RequiredFieldMissing);

        Assert.Equal(LineOf(text, "sources:"), d.Line);
        Assert.Contains("`sources`", d.Message);
    }

    [Fact]
    public void Offer_ResponseWithBadStance_ReportsEnumInsideEntry()
    {
        var text = """
            ---
            title: "An offer"
            date: "2006-03"
            form: conditional-offer
            by: [g-one]
            offered: ["Halt attacks"]
            status: reported
            responses:
              - by: g-two
                stance: rejectd
            sources:
              - article: a
                quote: "words"
            ---
            """;

        var d = Loaded.File("input/offers/o.md", text).Single(DiagnosticCodes.InvalidEnumValue);

        Assert.Equal(LineOf(text, "stance:"), d.Line);
        Assert.Equal("did you mean `rejected`?", d.Hint);
    }

    [Fact]
    public void Group_EveryFieldReadAndPositioned()
    {
        var text = """
            ---
            name: "Kataib Hezbollah"
            name_native: "كتائب حزب الله"
            acronym: KH
            aliases: ["Hezbollah Brigades"]
            kind: militia
            orientation: "Iran-backed"
            member_of: [pmf]
            relations:
              - type: allied-with
                group: aah
                since: "2014"
                note: "Both in the PMF."
            active: "2003/.."
            regions: [Baghdad]
            summary: "A militia."
            ---
            """;

        var loaded = Loaded.File("input/groups/kh.md", text);

        loaded.AssertClean();
        var g = Assert.Single(loaded.Content.Groups);
        Assert.Equal(("Kataib Hezbollah", "KH", GroupKind.Militia), (g.Name, g.Acronym, g.Kind));
        Assert.Equal("pmf", Assert.Single(g.MemberOf).Group.Id);
        var relation = Assert.Single(g.Relations);
        Assert.Equal((RelationType.AlliedWith, "aah"), (relation.Type, relation.Group.Id));
        Assert.Equal(LineOf(text, "group: aah"), relation.Group.At.Line);
        Assert.True(g.Active!.IsInterval);
    }

    [Fact]
    public void SiteConfig_InvalidThemeName_ReportsSiteConfigOnThemeLine()
    {
        var text = "title: \"T\"\nbase_url: \"https://example.org/\"\ntheme: \"My Theme\"\n";
        using var site = TestSite.Create(new Dictionary<string, string> { ["input/site.yml"] = text });

        var d = Loaded.From(site).Single(DiagnosticCodes.InvalidSiteConfig);

        Assert.Equal(("input/site.yml", 3), (d.File, d.Line));
    }

    [Fact]
    public void SiteConfig_BaseUrlWithPath_GivesBasePathWithSlashes()
    {
        using var site = TestSite.Create(new Dictionary<string, string>
        {
            ["input/site.yml"] = "title: \"T\"\nbase_url: \"https://example.org/archive\"\n",
        });

        var loaded = Loaded.From(site);

        loaded.AssertClean();
        Assert.Equal("/archive/", loaded.Content.Config.BasePath);
    }
}

using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Archive.Content;
using Archive.Linking;
using Archive.Markdown;
using Archive.Rendering.Html;

namespace Archive.Tests.Rendering.Html;

public sealed class BodyRendererTests
{
    private static readonly ArchiveMarkdown Markdown = new();

    private const string Text =
        "The Northern Brigade has offered a *three-month truce* to the [State Government](https://gov.example.org/) if talks begin.\n\n" +
        "A spokesman said the brigade “would halt all attacks” during the truce.\n";

    internal static MarkdownBody Body(string markdown)
    {
        var document = Markdown.Parse(markdown);
        return MarkdownBody.From(markdown, 1, document, Markdown.ToPlainText(document), Markdown);
    }

    private static CitedQuote OfferQuote(string quote, string anchor = "q-truce") =>
        new("a", quote, anchor, CitedByKind.Offer, "truce", "Truce offer", "/offers/truce/", null);

    private static IElement Render(string markdown, params CitedQuote[] quotes) => RenderMarks(markdown, [.. quotes.Select(Single)]);

    /// <summary>The mark of one quote on its own, cited by its record's page (the site's grouping is <see cref="Archive.Rendering.QuotedPassages"/>).</summary>
    private static PassageMark Single(CitedQuote quote) => new(quote.Quote, [quote.AnchorId])
    {
        Notes = quote.CitedByKind == CitedByKind.Note && quote.Note is not null ? [quote.Note] : [],
        Citations = quote.CitedByKind == CitedByKind.Note ? [] : [new PassageCitation("offer", quote.CitedByUrl!, $"Quoted by the offer “{quote.CitedByTitle}”")],
    };

    private static IElement RenderMarks(string markdown, params PassageMark[] passages)
    {
        var html = new BodyRenderer(Markdown).Render(Body(markdown), passages);
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><body><div id=\"root\">" + html + "</div>");
        return document.GetElementById("root")!;
    }

    private static string MarkedText(IElement root, string anchor) =>
        string.Concat(root.QuerySelectorAll($"mark[data-quote='{anchor}']").Select(m => m.TextContent));

    [Fact]
    public void Render_QuoteSpanningEmphasisAndLink_MarksEachPieceAndKeepsMarkup()
    {
        var root = Render(Text, OfferQuote("offered a three-month truce to the State Government"));

        Assert.Equal("offered a three-month truce to the State Government", MarkedText(root, "q-truce"));
        var marks = root.QuerySelectorAll("mark[data-quote='q-truce']");
        Assert.True(marks.Length >= 3, "the passage crosses <em> and <a>, so it needs a mark in each");
        Assert.Equal("q-truce", marks[0].Id);
        Assert.All(marks.Skip(1), m => Assert.True(string.IsNullOrEmpty(m.Id)));
        Assert.Equal("three-month truce", root.QuerySelector("em")!.TextContent);
        Assert.NotNull(root.QuerySelector("em > mark"));
        Assert.Equal("https://gov.example.org/", root.QuerySelector("a mark")!.Closest("a")!.GetAttribute("href"));
        Assert.Equal("State Government", root.QuerySelector("a[href='https://gov.example.org/']")!.TextContent);
    }

    [Fact]
    public void Render_MarkedQuote_IsFollowedByLinkToTheCitingOffer()
    {
        var root = Render(Text, OfferQuote("A spokesman said"));

        var cite = root.QuerySelector("mark#q-truce")!.NextElementSibling!;
        Assert.Equal(("sup", "quote-cite"), (cite.LocalName, cite.ClassName));
        var link = cite.QuerySelector("a")!;
        Assert.Equal("/offers/truce/", link.GetAttribute("href"));
        Assert.Contains("Truce offer", link.GetAttribute("title"));
    }

    [Fact]
    public void Render_QuoteEndingInsideLink_PutsCitationAfterTheLinkNotInsideIt()
    {
        // A link inside a link is invalid HTML: browsers tear the outer one apart when they parse it.
        var root = Render(Text, OfferQuote("offered a three-month truce to the State Government"));

        var cite = Assert.Single(root.QuerySelectorAll("sup.quote-cite"));
        Assert.Equal("/offers/truce/", cite.QuerySelector("a")?.GetAttribute("href"));
        Assert.Null(cite.ParentElement!.Closest("a"));
        Assert.Equal("https://gov.example.org/", cite.PreviousElementSibling?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("the brigade \"would halt all attacks\"")]
    [InlineData("the brigade “would halt all attacks”")]
    [InlineData("the  brigade\n“would halt   all attacks”")]
    public void Render_QuoteTypedWithOtherQuotesOrSpacing_MarksSourceTextUnchanged(string quote)
    {
        var root = Render(Text, OfferQuote(quote));

        Assert.Equal("the brigade “would halt all attacks”", MarkedText(root, "q-truce"));
        foreach (var cite in root.QuerySelectorAll(".quote-cite").ToList()) cite.Remove();
        Assert.Contains("A spokesman said the brigade “would halt all attacks” during the truce.", root.TextContent);
    }

    [Fact]
    public void Render_QuoteNotInText_LeavesBodyUnmarked()
    {
        var root = Render(Text, OfferQuote("words that are not there"));

        Assert.Empty(root.QuerySelectorAll("mark"));
    }

    [Fact]
    public void Render_TwoQuotes_EachGetsItsOwnAnchor()
    {
        var root = Render(Text, OfferQuote("three-month truce", "q-a"), OfferQuote("would halt all attacks", "q-b"));

        Assert.Equal("three-month truce", MarkedText(root, "q-a"));
        Assert.Equal("would halt all attacks", MarkedText(root, "q-b"));
        Assert.NotNull(root.QuerySelector("#q-a"));
        Assert.NotNull(root.QuerySelector("#q-b"));
    }

    [Fact]
    public void Render_NoteQuote_MarksPassageAndAddsSidenote()
    {
        var note = new CitedQuote("a", "if talks begin", "note-1", CitedByKind.Note, "a", "Article", null, "Talks began in May.");

        var root = Render(Text, note);

        var mark = root.QuerySelector("#note-1")!;
        Assert.Equal("mark", mark.LocalName);
        Assert.Equal("quote quote-note", mark.ClassName);
        var sidenote = root.QuerySelector(".sidenote")!;
        Assert.Equal("1 Editor’s note: Talks began in May.", sidenote.TextContent);
        Assert.Null(root.QuerySelector(".quote-cite"));
    }

    [Fact]
    public void Render_PassageWithSeveralIds_IsOneMarkWhoseFirstIdIsItsOwnAndTheOthersAnchorsAtItsStart()
    {
        var root = RenderMarks(Text, new PassageMark("offered a three-month truce to the State Government", ["q-truce", "claim-a", "claim-b"])
        {
            Citations = [new PassageCitation("offer", "/offers/truce/#source-1", "Quoted by the offer “Truce offer”"),
                         new PassageCitation("KH", "/groups/kh/#claim-member-of-irc", "Quoted by the group “Kataib Hezbollah”")],
        });

        var marks = root.QuerySelectorAll("mark").ToList();
        Assert.All(marks, m => Assert.Equal("q-truce claim-a claim-b", m.GetAttribute("data-quote")));
        Assert.Empty(root.QuerySelectorAll("mark mark"));
        Assert.Equal("q-truce", marks[0].Id);
        Assert.Equal(["claim-a", "claim-b"], marks[0].QuerySelectorAll(":scope > .quote-anchor").Select(a => a.Id!));
        Assert.All(marks[0].QuerySelectorAll(".quote-anchor"), a => Assert.Equal("", a.TextContent));
        Assert.Null(marks[0].QuerySelector(".quote-anchor")!.PreviousSibling);
        Assert.Equal("offered a three-month truce to the State Government", string.Concat(marks.Select(m => m.TextContent)));

        var cite = Assert.Single(root.QuerySelectorAll("sup.quote-cite"));
        Assert.Equal("offer · KH", cite.TextContent);
        Assert.Equal(["/offers/truce/#source-1", "/groups/kh/#claim-member-of-irc"], cite.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Quoted by the group “Kataib Hezbollah”", cite.QuerySelectorAll("a")[1].GetAttribute("title"));
    }

    [Fact]
    public void Render_PassageWithNoteAndCitation_PutsTheCitationThenTheNote()
    {
        var root = RenderMarks(Text, new PassageMark("A spokesman said", ["note-1", "dispute-truce-1-1"])
        {
            Notes = ["A second source disagrees."],
            Citations = [new PassageCitation("one side of a dispute", "/offers/truce/#dispute-1-1", "One side of a dispute", IsDisputePosition: true)],
            IsDisputePosition = true,
        });

        var mark = root.QuerySelector("mark#note-1")!;
        Assert.Equal("quote quote-note quote-dispute", mark.ClassName);
        var cite = mark.NextElementSibling!;
        Assert.Equal(("sup", "cite-dispute"), (cite.LocalName, cite.QuerySelector("a")?.ClassName));
        // The note itself moves to the end of its paragraph (so it never splits a sentence); its number stays here.
        var reference = cite.NextElementSibling!;
        Assert.Equal(("sup", "note-ref"), (reference.LocalName, reference.ClassName));
        var note = root.QuerySelector(reference.QuerySelector("a")!.GetAttribute("href")!)!;
        Assert.Equal("1 Editor’s note: A second source disagrees.", note.TextContent);
        Assert.Same(mark.Closest("p"), note.ParentElement);
        Assert.Null(note.NextSibling);
    }

    [Fact]
    public void Render_BodyWithH1_DemotesEveryHeadingOneLevel()
    {
        var root = Render("# Title\n\nText.\n\n## Section\n\n###### Deepest\n");

        Assert.Empty(root.QuerySelectorAll("h1"));
        Assert.Equal(["h2", "h3", "h6"], root.QuerySelectorAll("h2, h3, h4, h5, h6").Select(h => h.LocalName));
        Assert.Equal(["title", "section", "deepest"], root.QuerySelectorAll("h2, h3, h6").Select(h => h.Id!));
    }

    [Fact]
    public void Render_BodyWithoutH1_KeepsHeadingLevels()
    {
        var root = Render("## Section\n\n### Sub\n");

        Assert.Equal(["h2", "h3"], root.QuerySelectorAll("h2, h3").Select(h => h.LocalName));
    }

    [Fact]
    public void Render_RawHtmlH1_IsDemotedToo()
    {
        var root = Render("<h1>Raw</h1>\n\nText.\n");

        Assert.Empty(root.QuerySelectorAll("h1"));
        Assert.Equal("raw", root.QuerySelector("h2")!.Id);
    }

    [Fact]
    public void Render_Headings_GetUniqueIdsAndSelfLinks()
    {
        var root = Render("<div id=\"scope\"></div>\n\n## Scope\n\n## Scope\n\n## 2006 talks\n\n## ¿?\n");

        var headings = root.QuerySelectorAll("h2").ToList();
        Assert.Equal(["scope-2", "scope-3", "s-2006-talks", "section"], headings.Select(h => h.Id!));
        Assert.All(headings, h =>
        {
            var anchor = h.QuerySelector("a.heading-anchor")!;
            Assert.Equal("#" + h.Id, anchor.GetAttribute("href"));
            Assert.Equal("Link to this section", anchor.GetAttribute("aria-label"));
        });
    }

    [Fact]
    public void Render_QuoteNextToHeading_DoesNotTakeTheAnchorSign()
    {
        var root = Render("## Reactions\n\nThe government did not respond.\n", OfferQuote("Reactions The government"));

        Assert.Empty(root.QuerySelectorAll("mark"));
    }

    [Fact]
    public void Render_ManyBodiesWithOneRenderer_EachAsARendererOfItsOwnGivesIt()
    {
        var bodies = new[]
        {
            string.Concat(Enumerable.Repeat(Text + "\n", 300)),
            "Short.",
            "## A heading\n\nThe Northern Brigade spoke.",
            string.Concat(Enumerable.Repeat("A *long* line of text. ", 2000)),
            "",
            "Shorter.",
        };
        var shared = new BodyRenderer(Markdown);

        var once = bodies.Select(b => shared.Render(Body(b))).ToList();

        Assert.Equal(bodies.Select(b => new BodyRenderer(Markdown).Render(Body(b))), once);
        Assert.Equal("<p>Short.</p>\n", once[1]);
    }
}

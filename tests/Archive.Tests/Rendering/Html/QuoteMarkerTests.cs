using AngleSharp.Dom;
using Archive.Markdown;
using Archive.Rendering.Html;

namespace Archive.Tests.Rendering.Html;

/// <summary>
/// One marker marks all of a body's passages from the text it normalised once; the marks must be where marking each
/// passage on its own (normalising the text again each time) puts them.
/// </summary>
public sealed class QuoteMarkerTests
{
    private static readonly ArchiveMarkdown Markdown = new();

    private const string Text =
        "The Northern Brigade has offered a *three-month truce* to the [State Government](https://gov.example.org/) if talks begin.\n\n" +
        "A spokesman said the brigade “would halt all attacks” during the truce, and that it would halt all attacks again.\n\n" +
        "- First point of the   statement.\n- Second point, with **strong words** and a [link](https://example.org/).\n";

    private static IElement Root(string markdown) => new BodySanitizer(Markdown).Sanitize(Markdown.Parse(markdown)).Root!;

    private static PassageMark Passage(string quote, string id, bool note = false) => new(quote, [id, id + "-b"])
    {
        Notes = note ? ["Checked against the recording."] : [],
        Citations = [new PassageCitation("offer", "/offers/truce/#" + id, "Quoted by the offer “Truce”")],
    };

    public static TheoryData<string[]> Sets() => new()
    {
        // Each later passage lies in a text node an earlier one split: before it, after it, across it.
        new[] { "would halt all attacks", "A spokesman said the brigade" },
        new[] { "A spokesman said", "brigade “would halt", "during the truce" },
        new[] { "three-month truce", "offered a three-month truce to the State Government if talks begin" },
        new[] { "if talks begin", "The Northern Brigade has offered", "State Government" },
        new[] { "statement. Second point", "strong words and a link", "First point" },
        new[] { "halt all attacks again", "would halt all attacks", "it would" },
        new[] { "not in the text", "talks begin" },
        // A later passage takes in text an earlier one marked in the middle of a text node.
        new[] { "all attacks", "said the brigade “would halt all attacks” during" },
        new[] { "Second point", "statement. Second point, with" },
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Mark_SeveralPassagesWithOneMarker_SameAsEachOnItsOwn(string[] quotes)
    {
        var passages = quotes.Select((q, i) => Passage(q, $"q{i}", note: i % 2 == 1)).ToList();
        var once = Root(Text);
        var marker = new QuoteMarker(once);
        var eachAlone = Root(Text);
        foreach (var passage in passages)
        {
            Assert.Equal(QuoteMarker.Mark(eachAlone, passage), marker.Mark(passage));
        }

        Assert.Equal(eachAlone.InnerHtml, once.InnerHtml);
        Assert.Contains("<mark", once.InnerHtml);
    }
}

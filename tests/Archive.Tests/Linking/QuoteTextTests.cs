using Archive.Linking;

namespace Archive.Tests.Linking;

public sealed class QuoteTextTests
{
    [Theory]
    [InlineData("  a   b\n\tc  ", "a b c")]
    [InlineData("\u201CHalt\u201D \u2018now\u2019", "\"Halt\" 'now'")]
    [InlineData("it\u2019s \u00ABquoted\u00BB", "it's \"quoted\"")]
    [InlineData("non\u00A0breaking\u2003space", "non breaking space")]
    [InlineData("\u201Ecomma\u201F and `tick\u00B4", "\"comma\" and 'tick'")]
    [InlineData("", "")]
    public void Normalize_TypographicVariants_FoldToPlainText(string text, string expected)
    {
        Assert.Equal(expected, QuoteText.Normalize(text));
    }

    [Fact]
    public void Normalize_CurlyAndStraightQuotes_AreEqual()
    {
        Assert.Equal(QuoteText.Normalize("the brigade \u201Cwould halt\u201D"), QuoteText.Normalize("the brigade \"would halt\""));
    }

    [Fact]
    public void FindAll_SeveralOccurrences_ReturnsEveryStart()
    {
        Assert.Equal([0, 8, 16], QuoteText.FindAll("abc def abc ghi abc", "abc"));
    }

    [Fact]
    public void FindAll_OverlappingOccurrences_AreAllFound()
    {
        Assert.Equal([0, 1, 2], QuoteText.FindAll("aaaa", "aa"));
    }

    [Theory]
    [InlineData("abc", "")]
    [InlineData("abc", "x")]
    [InlineData("", "a")]
    public void FindAll_EmptyOrAbsentQuote_FindsNothing(string text, string quote)
    {
        Assert.Empty(QuoteText.FindAll(text, quote));
    }

    [Fact]
    public void FindAll_IsCaseSensitive()
    {
        Assert.Empty(QuoteText.FindAll("The Brigade", "the brigade"));
    }

    [Fact]
    public void ClosestQuote_OneWordMistyped_MarksTheArticlesWordAndNamesBoth()
    {
        const string text = "Officials said on Tuesday that the brigade would halt all attacks during the truce, a spokesman said.";

        var closest = ClosestQuote.Find(text, "the brigade will halt all attacks during the truce")!;

        Assert.Equal(("will", "would"), (closest.QuoteWord, closest.ArticleWord));
        Assert.Equal("… Tuesday that the brigade »would« halt all attacks during …", closest.Passage);
    }

    [Fact]
    public void ClosestQuote_WordLeftOut_MarksWhereTheQuotePartsFromTheText()
    {
        var closest = ClosestQuote.Find("The talks ended on May 2 without agreement.", "The talks ended May 2 without agreement.")!;

        Assert.Equal(("May", "on"), (closest.QuoteWord, closest.ArticleWord));
    }

    [Fact]
    public void ClosestQuote_NothingSimilar_IsNull()
    {
        Assert.Null(ClosestQuote.Find("The talks began in May.", "completely unrelated words here"));
        Assert.Null(ClosestQuote.Find("Some text.", ""));
    }

    [Fact]
    public void ClosestQuote_LineIn_FindsTheWordsThroughMarkup()
    {
        const string markdown = "First line.\n\nThe *brigade* [would](https://x.example/)\nhalt all attacks.\n";
        var closest = ClosestQuote.Find("First line. The brigade would halt all attacks.", "The brigade will halt all attacks")!;

        Assert.Equal(3, closest.LineIn(markdown));
    }
}

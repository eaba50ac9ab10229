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
    public void ClosestPassage_MisquotedSentence_ReturnsTheSentenceMeant()
    {
        const string text = "The talks began in May. The brigade offered to halt all attacks for three months. Nothing followed.";

        var closest = QuoteText.ClosestPassage(text, "the brigade offered to stop all attacks for 3 months");

        Assert.Equal("The brigade offered to halt all attacks for three months.", closest);
    }

    [Fact]
    public void ClosestPassage_NothingSimilar_ReturnsNull()
    {
        Assert.Null(QuoteText.ClosestPassage("The talks began in May.", "completely unrelated words here"));
    }

    [Fact]
    public void ClosestPassage_LongSentence_IsShortenedWithEllipsis()
    {
        var sentence = string.Join(' ', Enumerable.Repeat("word", 60)) + ".";

        var closest = QuoteText.ClosestPassage(sentence, "word word");

        Assert.NotNull(closest);
        Assert.Equal(158, closest.Length);
        Assert.EndsWith("…", closest);
    }

    [Fact]
    public void ClosestPassage_EmptyQuote_ReturnsNull()
    {
        Assert.Null(QuoteText.ClosestPassage("Some text.", "  "));
    }
}

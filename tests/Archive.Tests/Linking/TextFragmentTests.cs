using Archive.Linking;

namespace Archive.Tests.Linking;

public sealed class TextFragmentTests
{
    [Fact]
    public void Encode_ShortQuote_IsWholeTextPercentEncoded()
    {
        Assert.Equal("would%20halt%20all%20attacks", TextFragment.Encode("would halt all attacks"));
    }

    [Fact]
    public void Encode_ReservedCharacters_AreEscaped()
    {
        Assert.Equal("three%2Dmonth%20truce%2C%20A%26B", TextFragment.Encode("three-month truce, A&B"));
    }

    [Fact]
    public void Encode_Whitespace_IsCollapsedToSingleSpaces()
    {
        Assert.Equal("a%20b%20c", TextFragment.Encode("  a\n  b\tc "));
    }

    [Fact]
    public void Encode_LongQuote_UsesStartAndEndWords()
    {
        var encoded = TextFragment.Encode("one two three four five six seven eight nine");

        Assert.Equal("one%20two%20three%20four,six%20seven%20eight%20nine", encoded);
    }

    [Fact]
    public void Encode_EightWords_IsStillWhole()
    {
        Assert.Equal("a%20b%20c%20d%20e%20f%20g%20h", TextFragment.Encode("a b c d e f g h"));
    }

    [Fact]
    public void Encode_NonAscii_IsUtf8PercentEncoded()
    {
        Assert.Equal("caf%C3%A9%20%E2%80%9Cquoted%E2%80%9D", TextFragment.Encode("café “quoted”"));
    }
}

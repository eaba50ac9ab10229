using Archive.Rendering.Citations;

namespace Archive.Tests.Rendering.Citations;

public sealed class CitationDateTests
{
    [Theory]
    [InlineData(2006, 6, 28, "2006-06-28")]
    [InlineData(2006, 6, null, "2006-06")]
    [InlineData(2006, null, null, "2006")]
    [InlineData(987, 1, 2, "0987-01-02")]
    public void ToString_AnyPrecision_IsIso(int year, int? month, int? day, string expected)
    {
        Assert.Equal(expected, new CitationDate(year, month, day).ToString());
    }

    [Theory]
    [InlineData("2006-06-28")]
    [InlineData("2006-06")]
    [InlineData("2006")]
    public void Parse_IsoText_RoundTrips(string text)
    {
        Assert.Equal(text, CitationDate.Parse(text).ToString());
    }

    [Theory]
    [InlineData("2006-02-30")]
    [InlineData("2006-13")]
    [InlineData("06-01-01")]
    [InlineData("2006-1-1")]
    [InlineData("2006-01-01T00:00")]
    [InlineData("")]
    public void TryParse_Invalid_ReturnsFalse(string text)
    {
        Assert.False(CitationDate.TryParse(text, out _));
    }

    [Fact]
    public void Constructor_DayWithoutMonth_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CitationDate(2006, null, 5));
    }

    [Fact]
    public void Constructor_DayNotInMonth_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CitationDate(2006, 2, 29));
    }

    [Fact]
    public void Equality_SameParts_AreEqual()
    {
        Assert.Equal(new CitationDate(2006, 5, 6), CitationDate.Parse("2006-05-06"));
    }
}

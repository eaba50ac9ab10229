using Archive.Content.Dates;

namespace Archive.Tests.Content.Dates;

public sealed class EdtfPointTests
{
    [Theory]
    [InlineData("2006", DatePrecision.Year)]
    [InlineData("2006-03~", DatePrecision.Month)]
    [InlineData("2006-03-01?", DatePrecision.Day)]
    public void Precision_ParsedPoint_MatchesText(string text, DatePrecision expected)
    {
        Assert.Equal(expected, EdtfDate.Parse(text).Point.Precision);
    }

    [Theory]
    [InlineData("2006", "2006-01-01", "2006-12-31")]
    [InlineData("2006-02", "2006-02-01", "2006-02-28")]
    [InlineData("2004-02", "2004-02-01", "2004-02-29")]
    [InlineData("1900-02", "1900-02-01", "1900-02-28")]
    [InlineData("2000-02", "2000-02-01", "2000-02-29")]
    [InlineData("2006-04~", "2006-04-01", "2006-04-30")]
    [InlineData("2006-12", "2006-12-01", "2006-12-31")]
    [InlineData("2004-02-29?", "2004-02-29", "2004-02-29")]
    [InlineData("9999", "9999-01-01", "9999-12-31")]
    public void EarliestLatest_Point_CoverItsPeriod(string text, string earliest, string latest)
    {
        var point = EdtfDate.Parse(text).Point;

        Assert.Equal(DateOnly.ParseExact(earliest, "yyyy-MM-dd"), point.Earliest);
        Assert.Equal(DateOnly.ParseExact(latest, "yyyy-MM-dd"), point.Latest);
    }

    [Theory]
    [InlineData("2006", "2006")]
    [InlineData("2006-03~", "2006-03")]
    [InlineData("2006-03-01%", "2006-03-01")]
    [InlineData("0042-01-02?", "0042-01-02")]
    public void ToIso_QualifiedPoint_DropsQualifier(string text, string iso)
    {
        Assert.Equal(iso, EdtfDate.Parse(text).Point.ToIso());
    }

    [Theory]
    [InlineData(DateQualifiers.None, "2006-03", false, false)]
    [InlineData(DateQualifiers.Uncertain, "2006-03?", true, false)]
    [InlineData(DateQualifiers.Approximate, "2006-03~", false, true)]
    [InlineData(DateQualifiers.Uncertain | DateQualifiers.Approximate, "2006-03%", true, true)]
    public void Qualifiers_EachCombination_ShowsInTextAndFlags(DateQualifiers qualifiers, string text, bool uncertain, bool approximate)
    {
        var point = new EdtfPoint(2006, 3, null, qualifiers);

        Assert.Equal(text, point.ToString());
        Assert.Equal(uncertain, point.IsUncertain);
        Assert.Equal(approximate, point.IsApproximate);
    }

    [Theory]
    [InlineData(0, null, null)]
    [InlineData(10000, null, null)]
    [InlineData(2006, 0, null)]
    [InlineData(2006, 13, null)]
    [InlineData(2006, null, 1)]
    [InlineData(2006, 2, 29)]
    [InlineData(1900, 2, 29)]
    [InlineData(2006, 6, 0)]
    public void Constructor_ImpossibleDate_Throws(int year, int? month, int? day)
    {
        Assert.ThrowsAny<ArgumentException>(() => new EdtfPoint(year, month, day));
    }

    [Fact]
    public void Constructor_UnknownQualifierFlag_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EdtfPoint(2006, null, null, (DateQualifiers)4));
    }
}

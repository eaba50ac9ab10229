using Archive.Content.Dates;

namespace Archive.Tests.Content.Dates;

public sealed class EdtfDateTests
{
    [Fact]
    public void Parse_SinglePoint_HasStartOnly()
    {
        var date = EdtfDate.Parse("2006-03~");

        Assert.False(date.IsInterval);
        Assert.Equal(new EdtfPoint(2006, 3, null, DateQualifiers.Approximate), date.Start);
        Assert.Null(date.End);
        Assert.Equal(date.Start, date.Point);
        Assert.False(date.StartOpen || date.EndOpen || date.StartUnknown || date.EndUnknown);
    }

    [Fact]
    public void Parse_ClosedInterval_HasBothEnds()
    {
        var date = EdtfDate.Parse("2006-01-16/2006-02~");

        Assert.True(date.IsInterval);
        Assert.Equal(new EdtfPoint(2006, 1, 16), date.Start);
        Assert.Equal(new EdtfPoint(2006, 2, null, DateQualifiers.Approximate), date.End);
        Assert.Equal(date.Start, date.Point);
        Assert.False(date.StartOpen || date.EndOpen || date.StartUnknown || date.EndUnknown);
    }

    [Theory]
    [InlineData("2003/..", false, true, false, false)]
    [InlineData("../2006", true, false, false, false)]
    [InlineData("2003/", false, false, false, true)]
    [InlineData("/2006", false, false, true, false)]
    public void Parse_IntervalSides_AreFlagged(string text, bool startOpen, bool endOpen, bool startUnknown, bool endUnknown)
    {
        var date = EdtfDate.Parse(text);

        Assert.True(date.IsInterval);
        Assert.Equal(startOpen, date.StartOpen);
        Assert.Equal(endOpen, date.EndOpen);
        Assert.Equal(startUnknown, date.StartUnknown);
        Assert.Equal(endUnknown, date.EndUnknown);
        Assert.Equal(startOpen || startUnknown, date.Start is null);
        Assert.Equal(endOpen || endUnknown, date.End is null);
    }

    [Theory]
    [InlineData("2003/..", "2003")]
    [InlineData("../2006", "2006")]
    [InlineData("/2006-05", "2006-05")]
    [InlineData("2006-06-28?", "2006-06-28?")]
    public void Point_OpenOrUnknownStart_FallsBackToEnd(string text, string point)
    {
        Assert.Equal(point, EdtfDate.Parse(text).Point.ToString());
    }

    [Theory]
    [InlineData("2006", "2006-01-01")]
    [InlineData("2006-03~", "2006-03-01")]
    [InlineData("2006-06-28?", "2006-06-28")]
    [InlineData("2006-01-16/2006-02-28", "2006-01-16")]
    [InlineData("2003/..", "2003-01-01")]
    [InlineData("2003/", "2003-01-01")]
    [InlineData("../2006", "0001-01-01")]
    [InlineData("/2006", "0001-01-01")]
    public void SortKey_Date_IsEarliestDayOfStart(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), EdtfDate.Parse(text).SortKey);
    }

    [Fact]
    public void SortKey_MixedRecords_OrderInTime()
    {
        string[] texts = ["2006-06-28", "2006", "../2005", "2006-03~", "2005/..", "2006-06"];

        var ordered = texts.Select(EdtfDate.Parse).OrderBy(d => d.SortKey).Select(d => d.ToString());

        Assert.Equal(["../2005", "2005/..", "2006", "2006-03~", "2006-06", "2006-06-28"], ordered);
    }

    [Fact]
    public void Between_OrderedEnds_MakesInterval()
    {
        var date = EdtfDate.Between(new EdtfPoint(2006, 1, 16), new EdtfPoint(2006, 2, 28));

        Assert.Equal(EdtfDate.Parse("2006-01-16/2006-02-28"), date);
    }

    [Fact]
    public void Between_StartAfterEnd_Throws()
    {
        Assert.Throws<ArgumentException>(() => EdtfDate.Between(new EdtfPoint(2007), new EdtfPoint(2006)));
    }

    [Fact]
    public void FromPoint_Point_EqualsParsed()
    {
        Assert.Equal(EdtfDate.Parse("2006-06-28%"), EdtfDate.FromPoint(new EdtfPoint(2006, 6, 28, DateQualifiers.Uncertain | DateQualifiers.Approximate)));
    }
}

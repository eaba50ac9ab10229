using Archive.Content.Dates;

namespace Archive.Tests.Content.Dates;

public sealed class EdtfFormatterTests
{
    [Theory]
    [InlineData("2006", "2006")]
    [InlineData("2006-03", "March 2006")]
    [InlineData("2006-06-28", "June 28, 2006")]
    [InlineData("2006-06-01", "June 1, 2006")]
    [InlineData("0200", "200")]
    [InlineData("2006-06-28?", "June 28, 2006?")]
    [InlineData("2006-03~", "c. March 2006")]
    [InlineData("2006-06-28%", "c. June 28, 2006?")]
    [InlineData("2006~", "c. 2006")]
    [InlineData("2006?", "2006?")]
    public void Format_SingleDate_IsEnglish(string text, string expected)
    {
        Assert.Equal(expected, EdtfFormatter.Format(EdtfDate.Parse(text)));
        Assert.Equal(expected, EdtfFormatter.Format(EdtfDate.Parse(text).Point));
    }

    [Theory]
    [InlineData("2006-01-16/2006-02-28", "January 16 \u2013 February 28, 2006")]
    [InlineData("2006-03/2006-05", "March \u2013 May 2006")]
    [InlineData("2006-01-16/2006-03", "January 16 \u2013 March 2006")]
    [InlineData("2006-03/2006-05~", "March \u2013 c. May 2006")]
    [InlineData("2006-03/2006-05?", "March \u2013 May 2006?")]
    [InlineData("2006-03~/2006-05", "c. March 2006 \u2013 May 2006")]
    [InlineData("2005-12-30/2006-01-02", "December 30, 2005 \u2013 January 2, 2006")]
    [InlineData("2006/2006-05", "2006 \u2013 May 2006")]
    [InlineData("2006-05-01/2006-05-01", "May 1, 2006 \u2013 May 1, 2006")]
    [InlineData("2003/2006", "2003 \u2013 2006")]
    [InlineData("2003/..", "2003 \u2013 present")]
    [InlineData("2003~/..", "c. 2003 \u2013 present")]
    [InlineData("../2006", "until 2006")]
    [InlineData("../2006-06-28?", "until June 28, 2006?")]
    [InlineData("2003/", "2003 \u2013 ?")]
    [InlineData("/2006-03", "? \u2013 March 2006")]
    public void Format_Interval_UsesSpacedEnDash(string text, string expected)
    {
        Assert.Equal(expected, EdtfFormatter.Format(EdtfDate.Parse(text)));
    }

    [Theory]
    [InlineData(1, "January")]
    [InlineData(2, "February")]
    [InlineData(9, "September")]
    [InlineData(12, "December")]
    public void MonthName_ValidMonth_IsEnglish(int month, string expected)
    {
        Assert.Equal(expected, EdtfFormatter.MonthName(month));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void MonthName_OutOfRange_Throws(int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EdtfFormatter.MonthName(month));
    }
}

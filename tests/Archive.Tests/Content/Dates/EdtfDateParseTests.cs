using Archive.Content.Dates;

namespace Archive.Tests.Content.Dates;

public sealed class EdtfDateParseTests
{
    [Theory]
    [InlineData("2006")]
    [InlineData("2006-03")]
    [InlineData("2006-03-01")]
    [InlineData("0001")]
    [InlineData("9999-12-31")]
    [InlineData("2004-02-29")]
    [InlineData("2000-02-29")]
    [InlineData("2006-06-28?")]
    [InlineData("2006-06-28~")]
    [InlineData("2006-06-28%")]
    [InlineData("2006-03~")]
    [InlineData("2006?")]
    [InlineData("2006%")]
    [InlineData("2006-01-16/2006-02-28")]
    [InlineData("2003/..")]
    [InlineData("../2006")]
    [InlineData("2003/")]
    [InlineData("/2006")]
    [InlineData("2004-06~/2004-08?")]
    [InlineData("2006/2006-05")]
    [InlineData("2006-05/2006")]
    [InlineData("2006-06-28/2006-06-28")]
    [InlineData("2003~/..")]
    [InlineData("../2006-06-28%")]
    public void TryParse_CanonicalText_RoundTrips(string text)
    {
        Assert.True(EdtfDate.TryParse(text, out var date, out var error), error);
        Assert.Null(error);
        Assert.Equal(text, date!.ToString());
    }

    [Theory]
    [InlineData(" 2006-06-28", "2006-06-28")]
    [InlineData("2006-06-28 ", "2006-06-28")]
    [InlineData("\t2003/..\n", "2003/..")]
    public void TryParse_SurroundingWhitespace_IsTrimmed(string text, string canonical)
    {
        Assert.True(EdtfDate.TryParse(text, out var date, out var error), error);
        Assert.Equal(canonical, date!.ToString());
    }

    [Theory]
    // Calendar
    [InlineData("2006-13", "months run from 01 to 12")]
    [InlineData("2006-00", "months run from 01 to 12")]
    [InlineData("2006-00-10", "months run from 01 to 12")]
    [InlineData("2006-02-30", "`2006-02-30` is not a date: February 2006 has 28 days")]
    [InlineData("1900-02-29", "February 1900 has 28 days")]
    [InlineData("2004-02-30", "February 2004 has 29 days")]
    [InlineData("2006-04-31", "April 2006 has 30 days")]
    [InlineData("2006-06-00", "days start at 01")]
    [InlineData("2006-02-30~", "February 2006 has 28 days")]
    [InlineData("0000", "`0000` is not supported: years run from 0001 to 9999")]
    // Other date orders and separators
    [InlineData("06/28/2006", "`06/28/2006` is not an EDTF date; write 2006-06-28")]
    [InlineData("06-28-2006", "write 2006-06-28")]
    [InlineData("28.06.2006", "write 2006-06-28")]
    [InlineData("6/28/2006", "write 2006-06-28")]
    [InlineData("03/04/2006", "2006-03-04 if the month comes first, 2006-04-03 if the day does")]
    [InlineData("2006/06/28", "separate year, month and day with `-`: write 2006-06-28")]
    [InlineData("2006.06.28", "write 2006-06-28")]
    [InlineData("2006/06", "write 2006-06")]
    [InlineData("2006~/06", "for a month write 2006-06~")]
    [InlineData("20060628", "write 2006-06-28")]
    [InlineData("200606", "write 2006-06")]
    [InlineData("2006-6-1", "`2006-6-1` is not an EDTF date; months and days take two digits: write 2006-06-01")]
    [InlineData("2006-6", "write 2006-06")]
    [InlineData("2006-006", "months take two digits")]
    [InlineData("2006-06-028", "days take two digits")]
    [InlineData("2006-2007", "use `/` between the two ends of an interval: write 2006/2007")]
    [InlineData("2006\u20132007", "use `/` for an interval: write 2006/2007")]
    [InlineData("2006 \u2013 2007", "write 2006/2007")]
    [InlineData("2006\u201306\u201328", "use a plain hyphen `-`: write 2006-06-28")]
    [InlineData("2006 - 06 - 28", "has spaces in it; write 2006-06-28")]
    // Year length
    [InlineData("200", "years have four digits (write 0200 for the year 200)")]
    [InlineData("20066", "years have four digits")]
    [InlineData("12006", "years have four digits")]
    // Qualifiers
    [InlineData("2006-06-28??", "more than one qualifier")]
    [InlineData("2006-06-28?~", "write 2006-06-28%")]
    [InlineData("?2006-06-28", "one qualifier at the end of the whole date: write 2006-06-28?")]
    [InlineData("2006?-06~", "write 2006-06%")]
    [InlineData("2006-06-28?%", "more than one qualifier")]
    [InlineData("?", "is not an EDTF date")]
    // Times
    [InlineData("2006-06-28T10:00", "has a time of day; archive dates stop at the day: write 2006-06-28")]
    [InlineData("2006-06-28 10:00", "write 2006-06-28")]
    [InlineData("2006-06-28T10", "write 2006-06-28")]
    [InlineData("10:00", "has a time of day")]
    // Unsupported EDTF features
    [InlineData("-0100", "negative (BCE) year")]
    [InlineData("Y170000002", "long year")]
    [InlineData("201X", "write 2010/2019")]
    [InlineData("19XX", "write 1900/1999")]
    [InlineData("2006-XX", "unspecified digits")]
    [InlineData("2006-21", "season")]
    [InlineData("1950S2", "significant digits")]
    [InlineData("[2006,2007]", "set")]
    [InlineData("{2006..2008}", "set")]
    // Intervals
    [InlineData("2007/2006", "`2007/2006` is not a valid interval: it starts (2007) after it ends (2006)")]
    [InlineData("2006-06-28/2006-06-27", "starts (2006-06-28) after it ends (2006-06-27)")]
    [InlineData("2006-07/2006-06-30", "after it ends")]
    [InlineData("../..", "an interval needs at least one")]
    [InlineData("/", "an interval needs at least one")]
    [InlineData("../", "an interval needs at least one")]
    [InlineData("/..", "an interval needs at least one")]
    [InlineData("..", "marks an open end of an interval")]
    [InlineData("2003/...", "use `..` for an open end")]
    [InlineData("2003/present", "use `..` for an open end")]
    [InlineData("now/2006", "use `..` for an open start")]
    [InlineData("2003/?", "leave the end empty")]
    [InlineData("2003/unknown", "leave the end empty")]
    [InlineData("2003/..~", "takes no qualifier")]
    [InlineData("2003/2004/2005", "more than one `/`")]
    [InlineData("2006-01-16/2006-02-30", "February 2006 has 28 days")]
    // Garbage
    [InlineData("abc", "`abc` is not an EDTF date; write a year (2006), a month (2006-06) or a day (2006-06-28)")]
    [InlineData("June 28, 2006", "is not an EDTF date")]
    [InlineData("2006 06 28 12", "has spaces in it")]
    [InlineData("2006-", "is not an EDTF date")]
    [InlineData("2006--06", "is not an EDTF date")]
    [InlineData("2006-06-28-01", "is not an EDTF date")]
    [InlineData("\uff12\uff10\uff10\uff16", "is not an EDTF date")]
    [InlineData("2006-06-28Z", "is not an EDTF date")]
    public void TryParse_Invalid_FailsWithMessage(string text, string expected)
    {
        Assert.False(EdtfDate.TryParse(text, out var date, out var error));
        Assert.Null(date);
        Assert.NotNull(error);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void TryParse_Missing_FailsWithMessage(string? text)
    {
        Assert.False(EdtfDate.TryParse(text, out var date, out var error));
        Assert.Null(date);
        Assert.Equal("no date given; write a year (2006), a month (2006-06) or a day (2006-06-28)", error);
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionWithMessage()
    {
        var ex = Assert.Throws<FormatException>(() => EdtfDate.Parse("2006-02-30"));
        Assert.Contains("February 2006 has 28 days", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EqualTexts_GiveEqualDates()
    {
        Assert.Equal(EdtfDate.Parse("2006-01-16/2006-02-28~"), EdtfDate.Parse(" 2006-01-16/2006-02-28~ "));
        Assert.NotEqual(EdtfDate.Parse("2006-03"), EdtfDate.Parse("2006-03~"));
    }
}

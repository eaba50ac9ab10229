using Archive.Diagnostics;

namespace Archive.Tests.Diagnostics;

public sealed class SuggestionsTests
{
    [Fact]
    public void DidYouMean_Misspelt_SuggestsClosest()
    {
        var hint = Suggestions.DidYouMean("kataib-hezbolah", ["kataib-hezbollah", "asaib-ahl-al-haq", "islamic-army-in-iraq"]);
        Assert.Equal("did you mean `kataib-hezbollah`?", hint);
    }

    [Fact]
    public void DidYouMean_NothingClose_ReturnsNull()
    {
        Assert.Null(Suggestions.DidYouMean("zzz", ["kataib-hezbollah"]));
    }

    [Theory]
    [InlineData("groups", "grops", 1)]
    [InlineData("title", "titel", 1)]
    [InlineData("abc", "abc", 0)]
    public void Distance_KnownPairs_AreCounted(string a, string b, int expected)
    {
        Assert.Equal(expected, Suggestions.Distance(a, b));
    }

    [Fact]
    public void Diagnostic_ToString_UsesCompilerFormat()
    {
        var d = new Diagnostic("ARC010", Severity.Error, "input/offers/x.md", 4, 3, "unknown group `kh`", "did you mean `kataib-hezbollah`?");
        Assert.Equal("input/offers/x.md:4:3: error ARC010: unknown group `kh` (hint: did you mean `kataib-hezbollah`?)", d.ToString());
    }
}

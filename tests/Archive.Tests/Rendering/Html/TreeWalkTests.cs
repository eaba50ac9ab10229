using Archive.Rendering.Html;

namespace Archive.Tests.Rendering.Html;

/// <summary>A class attribute's tokens as <c>ClassList.Contains</c> reads them, without building the list.</summary>
public sealed class TreeWalkTests
{
    [Theory]
    [InlineData("sidenote", true)]
    [InlineData("quote sidenote", true)]
    [InlineData("sidenote quote", true)]
    [InlineData("a\tsidenote\nb", true)]
    [InlineData("a\fsidenote\r", true)]
    [InlineData("sidenote-label", false)]
    [InlineData("print-sidenote", false)]
    [InlineData("sidenote-label sidenote", true)]
    [InlineData("Sidenote", false)]
    [InlineData("side note", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void HasToken_AgreesWithTheClassList(string? classes, bool expected)
    {
        Assert.Equal(expected, TreeWalk.HasToken(classes, "sidenote"));
        if (classes is null) return;
        var element = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<p></p>").QuerySelector("p")!;
        element.SetAttribute("class", classes);
        Assert.Equal(element.ClassList.Contains("sidenote"), TreeWalk.HasToken(classes, "sidenote"));
    }
}

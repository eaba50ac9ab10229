using AngleSharp.Dom;
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

    [Theory]
    [InlineData("<p>One <em>two <b>three</b></em> four</p><p>five</p>text<!-- note --><ul><li>a<li>b <a href=x>c</a></ul>")]
    [InlineData("")]
    [InlineData("only text")]
    [InlineData("<div><div><div><div><div><div><div><div><div><div><div><span>deep</span> after</div></div></div></div></div></div></div></div></div></div>x</div><p>last</p>")]
    public void Descendants_AreAngleSharpsInDocumentOrder(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<!DOCTYPE html><body><div id=root>" + html + "</div>");
        var root = document.GetElementById("root")!;

        Assert.Equal(root.GetDescendants().ToList(), TreeWalk.Descendants<AngleSharp.Dom.INode>(root).ToList());
        Assert.Equal(root.Descendants<AngleSharp.Dom.IText>().ToList(), TreeWalk.Descendants<AngleSharp.Dom.IText>(root).ToList());
        Assert.Equal(root.Descendants<AngleSharp.Dom.IElement>().ToList(), TreeWalk.Descendants<AngleSharp.Dom.IElement>(root).ToList());
    }
}

using Archive.Rendering;

namespace Archive.Tests.Rendering;

public sealed class BasePathTests
{
    [Fact]
    public void Apply_RootBasePath_ChangesNothing()
    {
        const string html = "<a href=\"/groups/x/\">x</a>";

        Assert.Same(html, BasePath.Apply(html, "/"));
    }

    [Fact]
    public void Apply_SubfolderBasePath_PrefixesRootRelativeLinks()
    {
        var html = BasePath.Apply("<a href=\"/groups/x/\">x</a><link href=\"/assets/style.css\"><img src=\"/a.png\"><form action=\"/search/\">", "/archive/");

        Assert.Equal("<a href=\"/archive/groups/x/\">x</a><link href=\"/archive/assets/style.css\"><img src=\"/archive/a.png\"><form action=\"/archive/search/\">", html);
    }

    [Fact]
    public void Apply_HomeLink_BecomesBasePath()
    {
        Assert.Equal("<a href=\"/archive/\">Home</a>", BasePath.Apply("<a href=\"/\">Home</a>", "/archive/"));
    }

    [Theory]
    [InlineData("<a href=\"//cdn.example.org/x.js\">")]
    [InlineData("<a href=\"https://example.org/groups/\">")]
    [InlineData("<a href=\"#section\">")]
    [InlineData("<a href=\"relative/\">")]
    [InlineData("<p>see href=/groups/ in text</p>")]
    public void Apply_OtherLinks_AreLeftAlone(string html)
    {
        Assert.Equal(html, BasePath.Apply(html, "/archive/"));
    }

    [Fact]
    public void Apply_NestedBasePath_PrefixesWholePath()
    {
        Assert.Equal("<a href=\"/a/b/offers/\">", BasePath.Apply("<a href=\"/offers/\">", "/a/b/"));
    }
}

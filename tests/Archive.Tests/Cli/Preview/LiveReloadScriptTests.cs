using Archive.Cli.Preview;

namespace Archive.Tests.Cli.Preview;

public sealed class LiveReloadScriptTests
{
    [Fact]
    public void Inject_PageWithBody_InsertsBeforeClosingBody()
    {
        var html = LiveReloadScript.Inject("<html><body><p>x</p></BODY></html>");

        Assert.Equal("<html><body><p>x</p>" + LiveReloadScript.Tag + "</BODY></html>", html);
    }

    [Fact]
    public void Inject_FragmentWithoutBody_Appends()
    {
        Assert.Equal("<p>x</p>" + LiveReloadScript.Tag, LiveReloadScript.Inject("<p>x</p>"));
    }

    [Fact]
    public void Tag_Always_ListensForReloadOnTheEventsPath()
    {
        Assert.Contains($"new EventSource(\"{LiveReloadScript.EventsPath}?page=\"+encodeURIComponent(location.pathname))", LiveReloadScript.Tag, StringComparison.Ordinal);
        Assert.Contains("addEventListener(\"reload\"", LiveReloadScript.Tag, StringComparison.Ordinal);
        Assert.Contains("location.reload()", LiveReloadScript.Tag, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/articles/x/", "/", "/articles/x/")]
    [InlineData("/articles/x/index.html", "/", "/articles/x/")]
    [InlineData("/archive/articles/x/", "/archive/", "/articles/x/")]
    [InlineData("/archive/", "/archive/", "/")]
    [InlineData("", "/", null)]
    public void PageOf_ListenersAddress_IsTheSiteUrlOfItsPage(string pathname, string basePath, string? expected)
    {
        Assert.Equal(expected, LiveReloadScript.PageOf(pathname, basePath));
    }
}

using Archive.Cli.Preview;

namespace Archive.Tests.Cli.Preview;

public sealed class PreviewTargetTests
{
    private static readonly HashSet<string> Files = ["index.html", "offers/index.html", "assets/style.css", "feed.xml"];

    private static PreviewTarget Resolve(string basePath, string request) => PreviewTarget.Resolve(basePath, request, Files.Contains);

    [Theory]
    [InlineData("/", "/", "index.html")]
    [InlineData("/", "/offers/", "offers/index.html")]
    [InlineData("/", "/assets/style.css", "assets/style.css")]
    [InlineData("/archive/", "/archive/", "index.html")]
    [InlineData("/archive/", "/archive/groups/iran/", "groups/iran/index.html")]
    public void Resolve_PathUnderBase_MapsToFile(string basePath, string request, string file)
    {
        var target = Resolve(basePath, request);

        Assert.Equal(file, target.Path);
        Assert.Null(target.Redirect);
    }

    [Fact]
    public void Resolve_FolderWithoutSlash_RedirectsToIt()
    {
        Assert.Equal("/offers/", Resolve("/", "/offers").Redirect);
        Assert.Equal("feed.xml", Resolve("/", "/feed.xml").Path);
    }

    [Theory]
    [InlineData("/archive/", "/", "/archive/")]
    [InlineData("/archive/", "/archive", "/archive/")]
    public void Resolve_RootOfBasePath_Redirects(string basePath, string request, string location)
    {
        Assert.Equal(location, Resolve(basePath, request).Redirect);
    }

    [Theory]
    [InlineData("/", "/../secret.txt")]
    [InlineData("/", "/assets/../../secret.txt")]
    [InlineData("/archive/", "/archive//etc/passwd")]
    [InlineData("/archive/", "/elsewhere/")]
    [InlineData("/", "/a\\..\\..\\b")]
    public void Resolve_OutsideSiteOrBase_FindsNothing(string basePath, string request)
    {
        Assert.Equal(PreviewTarget.None, Resolve(basePath, request));
    }

    [Theory]
    [InlineData("/offers/index.html", true)]
    [InlineData("/offers/", true)]
    [InlineData("/feed.xml", false)]
    public void IsHtml_ByExtension(string request, bool expected)
    {
        Assert.Equal(expected, Resolve("/", request).IsHtml);
    }
}
